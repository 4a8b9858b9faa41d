/*
 * Gyomu's task forms in Tasklist, shared: the document's page images with each field's box beside
 * the values the case carries, amounts as ¥1,250,000, dates in 和暦 with the Western date, and
 * decisions that start with nothing chosen. Each form's <script cam-script> loads this file once
 * (Tasklist's CSP lets a script added by its own scripts run: 'strict-dynamic') and calls
 * GyomuTaskForm.attach(camForm, $scope, options) when both this file and the variables are there.
 * Page images come from /review/tasks/{taskId}/pages/{n}.png, which checks the Tasklist session.
 */
(function () {
  'use strict';

  // first day of each era; a date before Meiji is shown in the Western calendar only
  var ERAS = [
    { name: '令和', start: [2019, 5, 1] },
    { name: '平成', start: [1989, 1, 8] },
    { name: '昭和', start: [1926, 12, 25] },
    { name: '大正', start: [1912, 7, 30] },
    { name: '明治', start: [1868, 1, 25] }
  ];

  var STATUS = {
    OK: '読取OK',
    LOW_CONFIDENCE: '確信度が低い',
    MISSING: '読み取れず',
    INVALID: '形式が不正',
    CORRECTED: '修正済み',
    CONFIRMED: '確認済み'
  };

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** 1250000 -> ¥1,250,000; text that is not a whole number is returned as it is. */
  function yen(value) {
    if (value === null || value === undefined || value === '') { return ''; }
    var text = String(value).replace(/[,，\s¥￥円]/g, '');
    if (!/^-?\d+$/.test(text)) { return String(value); }
    var negative = text.charAt(0) === '-';
    var digits = negative ? text.substring(1) : text;
    return (negative ? '-' : '') + '¥' + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  /** '2026-04-01' -> '令和8年4月1日 (2026-04-01)'; the first year of an era is 元年. */
  function wareki(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value === null || value === undefined ? '' : String(value));
    if (!m) { return value === null || value === undefined ? '' : String(value); }
    var y = +m[1], mo = +m[2], d = +m[3];
    var iso = m[1] + '-' + m[2] + '-' + m[3];
    for (var i = 0; i < ERAS.length; i++) {
      var s = ERAS[i].start;
      if (y * 10000 + mo * 100 + d >= s[0] * 10000 + s[1] * 100 + s[2]) {
        var year = y - s[0] + 1;
        return ERAS[i].name + (year === 1 ? '元' : year) + '年' + mo + '月' + d + '日 (' + iso + ')';
      }
    }
    return iso;
  }

  function number(value) {
    return /^-?\d+$/.test(String(value)) ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(value);
  }

  /** A value as a person reads it, by the field's type. */
  function display(value, type) {
    if (value === null || value === undefined || value === '') { return '—'; }
    switch (type) {
      case 'amount': return yen(value);
      case 'date': return wareki(value);
      case 'number': return number(value);
      case 'checkbox': return value === true || value === 'true' ? '有' : '無';
      default: return String(value);
    }
  }

  /** The case's fields variable (JSON text or object) as a list to show. */
  function fields(variable) {
    var all = variable || {};
    if (typeof all === 'string') { all = JSON.parse(all); }
    return Object.keys(all).map(function (name) {
      var f = all[name];
      var columns = f.columns || [];
      return {
        name: name,
        label: f.label || name,
        type: f.type || 'text',
        status: f.status,
        statusText: STATUS[f.status] || f.status,
        unsure: f.status && f.status !== 'OK' && f.status !== 'CORRECTED' && f.status !== 'CONFIRMED',
        page: f.page || 1,
        box: f.box,
        correctedBy: f.correctedBy,
        text: f.type === 'table' ? '' : display(f.value, f.type),
        columns: columns,
        rows: f.type === 'table' && Array.isArray(f.value) ? f.value.map(function (row) {
          return columns.map(function (c) { return display(row ? row[c.name] : null, c.type); });
        }) : null
      };
    });
  }

  /**
   * The page viewer on $scope: page, pages, pageUrl(), showPage(n), select(field),
   * boxesOnPage(), boxStyle(field); the image is the img.page of document-view.html.
   */
  function viewer(camForm, $scope, shown) {
    $scope.page = 1;
    $scope.natural = null;
    $scope.imageFailed = false;
    $scope.selected = null;
    $scope.pages = [];
    shown.forEach(function (f) {
      if ($scope.pages.indexOf(f.page) < 0) { $scope.pages.push(f.page); }
    });
    if (!$scope.pages.length) { $scope.pages.push(1); }
    $scope.pages.sort(function (a, b) { return a - b; });
    $scope.page = $scope.pages[0];

    $scope.pageUrl = function () {
      return camForm.taskId ? '/review/tasks/' + camForm.taskId + '/pages/' + $scope.page + '.png' : '';
    };
    $scope.showPage = function (n) {
      if (n !== $scope.page) { $scope.page = n; $scope.natural = null; }
    };
    $scope.select = function (field) {
      $scope.selected = field.name;
      $scope.showPage(field.page || $scope.page);
    };
    $scope.boxesOnPage = function () {
      return shown.filter(function (f) { return f.box && f.page === $scope.page; });
    };
    $scope.boxStyle = function (field) {
      var n = $scope.natural, b = field.box, pad = 4;
      if (!n || !n.width) { return { display: 'none' }; }
      return {
        left: ((b.x - pad) / n.width * 100) + '%',
        top: ((b.y - pad) / n.height * 100) + '%',
        width: ((b.width + 2 * pad) / n.width * 100) + '%',
        height: ((b.height + 2 * pad) / n.height * 100) + '%'
      };
    };

    // the image comes with document-view.html (ng-include), after this runs: listen on the form
    var root = camForm.formElement[0] || camForm.formElement;
    root.addEventListener('load', function (evt) {
      var img = evt.target;
      if (!img.classList || !img.classList.contains('page')) { return; }
      $scope.$applyAsync(function () {
        $scope.imageFailed = false;
        $scope.natural = { width: img.naturalWidth, height: img.naturalHeight };
      });
    }, true);
    root.addEventListener('error', function (evt) {
      if (!evt.target.classList || !evt.target.classList.contains('page')) { return; }
      $scope.$applyAsync(function () { $scope.imageFailed = true; });
    }, true);
  }

  /** A variable's value, or null when the case does not have it. */
  function valueOf(camForm, name) {
    var vars = camForm.variableManager;
    return vars.variable(name) ? vars.variableValue(name) : null;
  }

  /** Sets a variable for submission, creating it when the form did not fetch it. */
  function put(camForm, name, type, value) {
    var vars = camForm.variableManager;
    if (vars.variable(name)) {
      vars.variable(name).type = type;
      vars.variableValue(name, value);
    } else {
      vars.createVariable({ name: name, type: type, value: value, isDirty: true });
    }
  }

  /**
   * Shows the case on $scope and, with options.decision, asks for an explicit decision:
   * $scope.decision.choice is '' until a person picks 'true' or 'false'; a comment is required when
   * the choice equals options.commentRequiredWhen ('true', 'false' or 'always').
   */
  function attach(camForm, $scope, options) {
    var shown = fields(valueOf(camForm, 'fields'));
    $scope.fields = shown;
    $scope.reasons = valueOf(camForm, 'reviewReasons');
    $scope.format = { yen: yen, wareki: wareki, display: display };
    $scope.value = function (name) { return valueOf(camForm, name); };
    viewer(camForm, $scope, shown);
    $scope.decision = { choice: '', comment: '', problem: null };
    $scope.commentRequired = function () {
      var when = options.commentRequiredWhen;
      return when === 'always' || (!!when && $scope.decision.choice === when);
    };
    $scope.submitHandler = function (evt) {
      var d = $scope.decision;
      d.problem = null;
      if (options.decision && d.choice !== 'true' && d.choice !== 'false') {
        d.problem = 'decision';
      } else if ($scope.commentRequired() && !(d.comment || '').trim()) {
        d.problem = 'comment';
      }
      if (d.problem) {
        evt.submitPrevented = true;
        $scope.$applyAsync();
        return;
      }
      if (options.decision) { put(camForm, options.decision, 'Boolean', d.choice === 'true'); }
      if (options.comment) {
        var text = (d.comment || '').trim();
        put(camForm, options.comment, text ? 'String' : 'Null', text || null);
      }
    };
  }

  window.GyomuTaskForm = {
    yen: yen, wareki: wareki, display: display, fields: fields, attach: attach
  };
})();
