// The GOV.UK error summary: a link to a field moves the focus into the field, not only the page
// to it, so that the person can correct it at once (issue 18, "Errors the GOV.UK way").
document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('.error-summary a[href^="#"]') : null;
  if (!link) {
    return;
  }
  var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
  if (field) {
    event.preventDefault();
    field.focus();
    field.scrollIntoView({block: 'center'});
  }
});
