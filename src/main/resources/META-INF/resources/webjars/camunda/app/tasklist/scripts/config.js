// Gyomu's configuration of Camunda's Tasklist (replaces the webjar's example config.js):
// language, name in the header and the link back to Gyomu (app/gyomu/webapps.js).
import { config, language } from '../../gyomu/webapps.js';

const ja = language() === 'ja';

// Camunda's keyboard shortcuts, as shipped, with their help text in the app's language
export default config('tasklist', {
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: ja ? '選択中のタスクを担当する' : 'claims the currently selected task',
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: ja ? '最初のフィルターに移動する' : 'set the focus to the first filter in the list',
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: ja ? 'タスク一覧の最初のタスクに移動する' : 'sets the focus to the first task in the list',
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: ja
        ? 'タスクフォームの最初の入力欄に移動する'
        : 'sets the focus to the first input field in a task form',
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: ja ? 'プロセス開始のダイアログを開く' : 'opens the start process modal dialog',
    },
  },
});
