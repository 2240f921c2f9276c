// The popup's entry: small on purpose. It draws the board in plain DOM (components/popup/
// first-paint), asking the background for it first, and loads React's code after.
import type { Translate } from '../../components/i18n';
import { startFirstPaint } from '../../components/popup/first-paint';
import { extensionApi } from '../../lib/messaging/extension-api';
import './style.css';

const api = extensionApi();
const t: Translate = (key, ...subs) => api.i18n.getMessage(key, subs.map(String)) || key;
// Chrome and Firefox both answer this predefined message with the UI locale ("sv", "en_US").
document.documentElement.lang = api.i18n.getMessage('@@ui_locale').replace('_', '-');
const root = document.getElementById('root')!;
const firstPaint = startFirstPaint(root, window.location.hash, t, Date.now());
void firstPaint.shown.then(() => import('./app')).then(({ mountPopup }) => mountPopup(root, t, firstPaint.handOver));
