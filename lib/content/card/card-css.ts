/**
 * The card's styles, inside its shadow root. Every size is in px: rem would follow the host
 * page's root font size, which LinkedIn and Gmail set to their own values. Colours follow the
 * popup's palette (slate text, indigo actions, emerald for "In pipeline").
 */
export const CARD_CSS = `:host{all:initial!important}
*,*::before,*::after{box-sizing:border-box}
.frame{position:fixed;top:72px;right:16px;z-index:2147483000;max-height:calc(100vh - 96px);overflow:auto;font:14px/20px system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#0f172a;text-align:left;-webkit-font-smoothing:antialiased}
h3,h4,p,ul,dl,dd,fieldset,legend{margin:0;padding:0}
ul{list-style:none}fieldset{border:0;min-width:0}
button,input,select{font:inherit;color:inherit;margin:0}
button{cursor:pointer;background:none;border:0;padding:0}
button:disabled{opacity:.6;cursor:default}
:focus-visible{outline:2px solid #4338ca;outline-offset:2px}
.card{display:flex;flex-direction:column;gap:8px;width:320px;padding:12px;background:#fff;border:1px solid #e2e8f0;border-radius:8px;box-shadow:0 10px 15px -3px rgb(0 0 0/.1),0 4px 6px -4px rgb(0 0 0/.1)}
.head{display:flex;align-items:center}
.brand{font-weight:700;color:#4338ca}
.close{margin-left:auto;padding:0 6px;border-radius:4px;color:#64748b;font-size:18px;line-height:24px}
.close:hover,.ghost:hover{background:#f1f5f9}
.alert{padding:8px;border-radius:4px;background:#fef2f2;color:#991b1b;font-size:12px;line-height:16px;overflow-wrap:anywhere}
.list{display:flex;flex-direction:column;gap:12px}
.person,.stack{display:flex;flex-direction:column;gap:4px}
.name{font-weight:600;overflow-wrap:anywhere}
.small{font-size:12px;line-height:16px;color:#475569;overflow-wrap:anywhere}
.muted{color:#64748b}
.row{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.pill{padding:2px 8px;border-radius:4px;background:#d1fae5;color:#065f46;font-size:12px;line-height:16px;font-weight:500}
.grade{margin-left:auto;padding:0 6px;border-radius:4px;background:#1e293b;color:#fff;font-size:12px;line-height:16px;font-weight:700}
.primary{align-self:flex-start;padding:4px 12px;border-radius:4px;background:#4f46e5;color:#fff;font-weight:500}
.primary:hover:not(:disabled){background:#4338ca}
.link{align-self:flex-start;color:#4338ca;font-size:12px;line-height:16px;font-weight:500;text-decoration:underline;text-align:left}
.facts{display:grid;grid-template-columns:auto 1fr;column-gap:8px;font-size:12px;line-height:16px}
.facts dt{color:#64748b}.facts dd{color:#1e293b;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.subhead{font-size:12px;line-height:16px;font-weight:600;color:#334155}
.saved{font-size:12px;line-height:16px;color:#047857}
.form{display:flex;flex-direction:column;gap:8px}
.form h3{font-size:14px;font-weight:600;overflow-wrap:anywhere}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.split{display:flex;gap:8px}.split>*{flex:1}.split>.narrow{flex:0 0 80px}
label.field,legend{display:flex;flex-direction:column;font-size:12px;line-height:16px;color:#334155}
legend{font-weight:500;margin-bottom:4px}
input:not([type=radio]),select{width:100%;min-width:0;height:30px;padding:4px 8px;border:1px solid #cbd5e1;border-radius:4px;background:#fff;color:#0f172a;font-size:14px;line-height:20px}
.note{margin-top:4px}
.choices{display:flex;gap:4px}
.choice{padding:2px 8px;border:1px solid #cbd5e1;border-radius:4px;color:#334155;font-size:12px;line-height:16px;cursor:pointer}
.choice:has(input:checked){border-color:#4f46e5;background:#4f46e5;color:#fff}
.choice:has(input:focus-visible){outline:2px solid #4338ca;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.actions{display:flex;justify-content:flex-end;gap:8px}
.ghost{padding:4px 12px;border-radius:4px;color:#334155}`;
