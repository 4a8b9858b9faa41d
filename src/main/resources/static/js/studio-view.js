// A page image with boxes over it: an SVG laid over the <img>, in the image's own pixels
// (viewBox), so boxes stay on their text at any width. Used for the sample (OCR lines and words
// to click, fields' label and value boxes, a zone to draw) and for each trial scan.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';

  function svgElement(name, attributes) {
    const element = document.createElementNS(SVG, name);
    Object.entries(attributes || {}).forEach(([k, v]) => element.setAttribute(k, v));
    return element;
  }

  function rect(box, className) {
    return svgElement('rect', {
      x: box.x, y: box.y, width: Math.max(1, box.width), height: Math.max(1, box.height),
      class: className
    });
  }

  function titled(element, text) {
    const title = svgElement('title');
    title.textContent = text;
    element.appendChild(title);
    return element;
  }

  class PageView {
    /**
     * @param container an empty element
     * @param page {src, width, height, alt}
     */
    constructor(container, page) {
      this.page = page;
      container.replaceChildren();
      container.classList.add('page-view');
      const img = document.createElement('img');
      img.src = page.src;
      img.alt = page.alt || '';
      img.width = page.width;
      img.height = page.height;
      this.svg = svgElement('svg', {
        viewBox: '0 0 ' + page.width + ' ' + page.height,
        preserveAspectRatio: 'none', class: 'overlay'
      });
      this.ocrLayer = svgElement('g', { class: 'ocr-layer' });
      this.boxLayer = svgElement('g', { class: 'box-layer' });
      this.drawLayer = svgElement('g', { class: 'draw-layer' });
      this.svg.append(this.ocrLayer, this.boxLayer, this.drawLayer);
      container.append(img, this.svg);
      this.zone = null;
    }

    /** OCR lines (each with words) as boxes to click; `unit` is 'line' or 'word'. */
    showOcr(lines, unit) {
      this.ocrLayer.replaceChildren();
      (lines || []).forEach(line => {
        if (unit === 'word' && line.words && line.words.length) {
          line.words.forEach(w => {
            const r = titled(rect(w.box, 'ocr word'), w.text);
            r.dataset.text = w.text;
            this.ocrLayer.appendChild(r);
          });
        } else {
          const r = titled(rect(line.box, 'ocr line'), line.text);
          r.dataset.text = line.text;
          this.ocrLayer.appendChild(r);
        }
      });
    }

    setOcrVisible(visible) {
      this.ocrLayer.classList.toggle('faint', !visible);
    }

    /** Boxes to highlight: [{box, kind: 'label'|'value'|'read'|'wrong'|'right', title, selected}]. */
    showBoxes(boxes) {
      this.boxLayer.replaceChildren();
      boxes.forEach(b => {
        const r = rect(b.box, 'field ' + b.kind + (b.selected ? ' selected' : ''));
        if (b.title) titled(r, b.title);
        if (b.field) r.dataset.field = b.field;
        this.boxLayer.appendChild(r);
      });
    }

    /**
     * Clicks and drags: `onPick(text, field)` for a click on an OCR box or a field's box,
     * `onDraw(box)` for a box drawn with the mouse (image pixels).
     */
    listen(onPick, onDraw) {
      let start = null;
      let drawn = null;
      const point = event => {
        const p = this.svg.createSVGPoint();
        p.x = event.clientX;
        p.y = event.clientY;
        return p.matrixTransform(this.svg.getScreenCTM().inverse());
      };
      const boxOf = (a, b) => ({
        x: Math.round(Math.max(0, Math.min(a.x, b.x))),
        y: Math.round(Math.max(0, Math.min(a.y, b.y))),
        width: Math.round(Math.abs(a.x - b.x)),
        height: Math.round(Math.abs(a.y - b.y))
      });
      this.svg.addEventListener('pointerdown', event => {
        if (event.button !== 0 || event.target.classList.contains('zone')) return;
        start = point(event);
        start.target = event.target;
        this.svg.setPointerCapture(event.pointerId);
      });
      this.svg.addEventListener('pointermove', event => {
        if (!start) return;
        const box = boxOf(start, point(event));
        if (!drawn && box.width + box.height < this.page.width * 0.01) return;
        if (!drawn) {
          drawn = rect(box, 'drawing');
          this.drawLayer.appendChild(drawn);
        }
        Object.entries(box).forEach(([k, v]) => drawn.setAttribute(k, v));
      });
      this.svg.addEventListener('pointerup', event => {
        if (!start) return;
        const target = start.target;
        const box = boxOf(start, point(event));
        start = null;
        if (drawn) {
          drawn.remove();
          drawn = null;
          onDraw(box);
        } else if (target.dataset && (target.dataset.text || target.dataset.field)) {
          onPick(target.dataset.text, target.dataset.field);
        }
      });
    }

    /**
     * The selected field's zone (image pixels) or null; it takes the keyboard focus, arrow keys
     * move it and Shift+arrows resize it, by `step` of the page, through `onKey(dx, dy, dw, dh)`.
     */
    showZone(box, label, onKey) {
      if (!box) {
        if (this.zone) this.zone.remove();
        this.zone = null;
        return;
      }
      if (!this.zone) {
        this.zone = rect(box, 'zone');
        this.zone.setAttribute('tabindex', '0');
        this.zone.setAttribute('role', 'img');
        this.zone.addEventListener('keydown', event => {
          const step = event.altKey ? 0.001 : 0.005;
          const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
          const m = moves[event.key];
          if (!m) return;
          event.preventDefault();
          if (event.shiftKey) this.onZoneKey(0, 0, m[0] * step, m[1] * step);
          else this.onZoneKey(m[0] * step, m[1] * step, 0, 0);
        });
        this.drawLayer.appendChild(this.zone);
      }
      this.onZoneKey = onKey;
      this.zone.setAttribute('aria-label', label);
      ['x', 'y', 'width', 'height'].forEach(k => this.zone.setAttribute(k, Math.max(1, box[k])));
    }
  }

  window.StudioView = { PageView };
})();
