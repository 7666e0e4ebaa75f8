// Filters the findings by severity and rule; the page reads the same without it.
(function () {
  var form = document.getElementById('filters');
  if (!form) { return; }
  form.hidden = false;
  var findings = document.querySelectorAll('.finding');
  var shown = document.getElementById('shown');
  function apply() {
    var off = {};
    form.querySelectorAll('input:not(:checked)').forEach(function (input) {
      off[input.name + ':' + input.value] = true;
    });
    var n = 0;
    findings.forEach(function (f) {
      var hide = off['severity:' + f.dataset.severity] || off['rule:' + f.dataset.rule];
      f.hidden = !!hide;
      if (!hide) { n += 1; }
    });
    shown.textContent = n + ' of ' + findings.length + ' findings shown';
  }
  form.addEventListener('change', apply);
  apply();
}());
