// The report's stylesheet: screen and A4 print. Status colours are the viewer's (Okabe–Ito) and every
// status also carries its word, so colour is never the only cue; text colours keep a 4.5:1 contrast.
import { STATUS_COLORS } from '../../web/src/graph/appearance';

const statusRules = Object.entries(STATUS_COLORS)
  .map(([status, color]) => `.status-${status}{border-left:0.6em solid ${color}}`)
  .join('');

export const REPORT_CSS = `
:root{font-family:"DejaVu Sans",Arial,sans-serif;color:#1b1b1b;line-height:1.45}
body{max-width:60rem;margin:0 auto;padding:1.5rem}
header .kicker{margin:0;color:#3b4a5c;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;font-size:.85rem}
h1{margin:.2rem 0 1rem;color:#0b3d91;font-size:1.7rem}
h2{color:#0b3d91;border-bottom:2px solid #0b3d91;padding-bottom:.2rem;margin-top:2rem;font-size:1.3rem}
h3{font-size:1.05rem;margin-top:1.2rem}
nav ol{columns:2;font-size:.9rem}
a{color:#0b4fa0}
dl.kern{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1.2rem;background:#f2f5f9;padding:.8rem 1rem;border-left:4px solid #0b3d91}
dl.kern dt{font-weight:bold}
dl.kern dd{margin:0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.82rem;margin:.6rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.3rem 0;font-size:.9rem}
th,td{border:1px solid #c5ccd4;padding:.25rem .4rem;vertical-align:top;text-align:left}
thead th{background:#e3e9f0}
tbody th{font-weight:bold;background:#f7f9fb}
.status{display:inline-block;padding-left:.3em;font-weight:bold;white-space:nowrap}
${statusRules}
sup a.fn{text-decoration:none;font-size:.75em;margin-left:.1em}
figure{margin:1rem 0;page-break-inside:avoid;break-inside:avoid}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.85rem;color:#3b4a5c;margin-top:.3rem}
p.note{font-size:.85rem;color:#3b4a5c;border-left:3px solid #8c8c8c;padding-left:.6rem}
.footnotes ol{font-size:.78rem;padding-left:1.8rem}
.footnotes q{color:#3b4a5c}
.locator{font-weight:bold}
footer{margin-top:2rem;border-top:1px solid #c5ccd4;font-size:.78rem;color:#3b4a5c}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{body{max-width:none;padding:0}body>footer{display:none}.table-wrap{overflow:visible}table{table-layout:fixed;font-size:.68rem}th,td{overflow-wrap:anywhere}figure svg{max-height:105mm;width:auto;margin:0 auto}nav{display:none}h2{break-after:avoid}tr{break-inside:avoid}a{color:inherit}}
`;
