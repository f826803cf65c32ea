// Small progressive enhancements; every page works without them.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

document.addEventListener('change', (event) => {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.submit();
  }
  if (event.target.matches('input[data-select-all]')) {
    event.target.form.querySelectorAll(`input[name="${event.target.dataset.selectAll}"]`)
      .forEach((box) => { box.checked = event.target.checked; });
  }
  if (event.target.matches('input[data-type-toggle]')) {
    showFieldsFor(event.target.value);
  }
});

function showFieldsFor(type) {
  document.querySelectorAll('[data-show-for]').forEach((block) => {
    block.hidden = !block.dataset.showFor.split(' ').includes(type);
  });
  document.querySelectorAll('optgroup[data-category-type]').forEach((group) => {
    group.hidden = group.dataset.categoryType !== type;
    group.disabled = group.dataset.categoryType !== type;
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const checked = document.querySelector('input[data-type-toggle]:checked');
  if (checked) {
    showFieldsFor(checked.value);
  }
});
