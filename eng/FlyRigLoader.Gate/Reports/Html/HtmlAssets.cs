namespace FlyRigLoader.Gate.Reports.Html;

/// <summary>The page's inline style and script: the report fetches nothing (no CDN, fonts or files).</summary>
internal static class HtmlAssets
{
    /// <summary>Inline CSS.</summary>
    public const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;margin:0 auto;padding:1.5em;max-width:1400px;color:#1b1f24;background:#fff}
        h1{margin:.2em 0}h2{border-bottom:2px solid #d0d7de;padding-bottom:.2em;margin-top:1.8em}h3{margin-top:1.4em}
        .meta{color:#57606a;font-size:.92em}.meta code{font-size:.95em}
        .verdict{display:flex;flex-wrap:wrap;gap:.8em;margin:1em 0}
        .card{border:1px solid #d0d7de;border-radius:8px;padding:.6em 1em;min-width:10em;background:#f6f8fa}
        .card .label{font-size:.8em;color:#57606a;text-transform:uppercase;letter-spacing:.04em}.card .value{font-size:1.5em;font-weight:600}
        .card.overall{min-width:14em}.card.bad{background:#ffebe9;border-color:#ff8182}.card.good{background:#dafbe1;border-color:#4ac26b}.card.warn{background:#fff8c5;border-color:#d4a72c}
        .banner{border-radius:6px;padding:.6em 1em;margin:.8em 0}.banner.bad{background:#ffebe9;border:1px solid #ff8182}.banner.warn{background:#fff8c5;border:1px solid #d4a72c}.banner.neutral{background:#f6f8fa;border:1px solid #d0d7de}
        .table-wrap{overflow-x:auto;margin:.5em 0 1em}th,td.sla{font-size:.95em}table{border-collapse:collapse;width:100%;font-size:.88em}
        td code{font-size:.92em;word-break:break-word;overflow-wrap:anywhere}td.sla{min-width:9em}td:first-child{min-width:14em}.ci{color:#57606a;font-size:.9em}
        th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}
        th{background:#f6f8fa;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        td.good,span.good{color:#1a7f37;font-weight:600}td.bad,span.bad{color:#cf222e;font-weight:600}td.warn,span.warn{color:#9a6700;font-weight:600}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(440px,1fr));gap:1em}.charts.wide{grid-template-columns:1fr}
        figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:.5em;background:#fff}
        img.chart{display:block;max-width:100%;height:auto;margin:0 auto}figcaption{font-size:.85em;color:#57606a;margin-top:.4em}
        .chart-error{color:#cf222e;font-weight:600;padding:2em 1em;text-align:center;background:#ffebe9}
        nav a{margin-right:1em}
        """;

    /// <summary>Inline script: click a table header to sort by that column (numbers by <c>data-v</c>; missing values last).</summary>
    public const string Script = """
        (function () {
          document.querySelectorAll('table.sortable th').forEach(function (th) {
            th.addEventListener('click', function () {
              var table = th.closest('table'), body = table.tBodies[0];
              var col = Array.prototype.indexOf.call(th.parentNode.children, th);
              var asc = th.getAttribute('aria-sort') !== 'ascending';
              table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
              function key(row) { var c = row.cells[col]; return c.hasAttribute('data-v') ? c.getAttribute('data-v') : c.textContent.trim(); }
              var numeric = th.hasAttribute('data-numeric');
              Array.prototype.slice.call(body.rows).sort(function (a, b) {
                var x = key(a), y = key(b);
                if (x === '' || y === '') { return x === y ? 0 : (x === '' ? 1 : -1); }
                var r = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                return asc ? r : -r;
              }).forEach(function (row) { body.appendChild(row); });
            });
          });
        })();
        """;
}
