// Adds "Back to Gyomu" and the language switch to the webapps' header (Camunda renders the header
// with AngularJS; the links are added when its menu appears and again if it is drawn anew).
import { TEXTS, language, chooseLanguage } from './webapps.js';

// Gyomu's pages sit one level above the webapps (app-root is <context>/camunda).
function gyomuRoot() {
  const base = document.querySelector('base[app-root]');
  const appRoot = base ? base.getAttribute('app-root') : '/camunda';
  return appRoot.replace(/\/[^/]*\/?$/, '') + '/';
}

function item(className, element) {
  const li = document.createElement('li');
  li.className = className;
  li.appendChild(element);
  return li;
}

function addLinks(menu) {
  const texts = TEXTS[language()];
  const back = document.createElement('a');
  back.href = gyomuRoot();
  back.textContent = texts.back;
  back.title = texts.backTitle;

  const other = language() === 'ja' ? 'en' : 'ja';
  const change = document.createElement('button');
  change.type = 'button';
  change.className = 'btn btn-link';
  change.lang = other;
  change.textContent = texts.switchTo;
  change.title = texts.switchTitle;
  change.addEventListener('click', () => {
    chooseLanguage(other);
    window.location.reload();
  });

  menu.insertBefore(item('gyomu-language', change), menu.firstChild);
  menu.insertBefore(item('gyomu-back', back), menu.firstChild);
}

function ensureLinks() {
  const menu = document.querySelector('.cam-nav.app-menu > ul');
  if (menu && !menu.querySelector(':scope > li.gyomu-back')) {
    addLinks(menu);
  }
  document.documentElement.lang = language();
}

new MutationObserver(ensureLinks).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
ensureLinks();
