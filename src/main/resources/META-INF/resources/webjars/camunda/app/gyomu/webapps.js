// Gyomu's settings shared by the four webapps' config.js (Tasklist, Cockpit, Admin, Welcome).
// Camunda reads app/<app>/scripts/config.js as an ES module before it starts the app, so this
// module decides the language the app starts in, its name in the header and the custom script
// that links back to Gyomu. Files only: the webapps' Content-Security-Policy allows no inline code.

// The language a person chose on Gyomu's pages (?lang=ja|en, remembered by Spring's
// CookieLocaleResolver in this cookie) wins over the browser's; see docs/OPERATIONS.md.
export const LANGUAGE_COOKIE = 'gyomu-lang';
export const LANGUAGES = ['ja', 'en'];

export const TEXTS = {
  ja: {
    names: { tasklist: 'タスク', cockpit: '運用状況', admin: '管理', welcome: 'ようこそ' },
    back: 'Gyomu に戻る',
    backTitle: 'Gyomu のページ（ダッシュボード、書類、業務台帳）へ',
    switchTo: 'English',
    switchTitle: 'Switch to English',
  },
  en: {
    names: { tasklist: 'Tasklist', cockpit: 'Cockpit', admin: 'Admin', welcome: 'Welcome' },
    back: 'Back to Gyomu',
    backTitle: "Gyomu's pages (dashboard, documents, registry)",
    switchTo: '日本語',
    switchTitle: '日本語に切り替える',
  },
};

export function chosenLanguage() {
  const match = document.cookie.match(/(?:^|;\s*)gyomu-lang=([a-z]{2})(?:;|$)/);
  return match && LANGUAGES.includes(match[1]) ? match[1] : null;
}

// The same choice Camunda makes from locales.availableLocales: the browser's first language.
export function language() {
  const chosen = chosenLanguage();
  if (chosen) {
    return chosen;
  }
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.toLowerCase().split('-')[0] === 'ja' ? 'ja' : 'en';
}

export function chooseLanguage(lang) {
  document.cookie =
    LANGUAGE_COOKIE + '=' + lang + '; path=/; max-age=' + 365 * 24 * 3600 + '; SameSite=Lax';
}

// Camunda keeps a copy of each locale file in localStorage and shows that copy first; a new
// ja.json after an upgrade of Gyomu should show at once, so copies are dropped on every start.
function forgetCachedLocales() {
  try {
    const stored = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
    Object.keys(stored)
      .filter((key) => key.includes('_locales_data_'))
      .forEach((key) => delete stored[key]);
    window.localStorage.setItem('camunda-web', JSON.stringify(stored));
  } catch (e) {
    // private windows may refuse storage: nothing was cached then
  }
}

export function config(app, settings) {
  forgetCachedLocales();
  const chosen = chosenLanguage();
  return Object.assign(
    {
      app: { vendor: 'Gyomu', name: TEXTS[language()].names[app] },
      // Japanese for Japanese browsers, English for everyone else, unless chosen on Gyomu's pages
      locales: chosen
        ? { availableLocales: [chosen], fallbackLocale: chosen }
        : { availableLocales: ['ja', 'en'], fallbackLocale: 'en' },
      dateFormat: { normal: 'LLL', long: 'LLLL' },
      // resolved against app/<app>/: the same file for all four apps
      customScripts: ['../gyomu/header'],
    },
    settings
  );
}
