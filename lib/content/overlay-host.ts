export interface OverlayHost {
  /** Puts `content` in the card frame and the host on the page (again, if the page dropped it). */
  show(content: Node): void;
  /** Takes the host off the page: nothing of Pipewell stays in the DOM while no one is shown. */
  hide(): void;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The one `<pipewell-overlay>` element, with an open shadow root holding `css` and a frame.
 * The page's styles stop at the shadow root (`:host{all:initial}` in the CSS), and so do keys
 * typed into the card: Gmail and LinkedIn have single-key shortcuts.
 */
export function createOverlayHost(css: string, doc: Document = document): OverlayHost {
  const host = doc.createElement('pipewell-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const frame = doc.createElement('div');
  frame.className = 'frame';
  for (const type of ISOLATED_EVENTS) frame.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, frame);
  return {
    show(content) {
      if (frame.firstChild !== content) frame.replaceChildren(content);
      // The SPA may have replaced the body under us (Gmail does on some navigations).
      if (!host.isConnected) doc.body.append(host);
    },
    hide() {
      host.remove();
      frame.replaceChildren();
    },
  };
}
