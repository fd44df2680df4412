// The correction form without a page load: the same POST as JSON, the answer shown beside the form.
// Without JavaScript the form posts itself and the server answers with a page.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-correction]')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = form.querySelector<HTMLElement>('[data-error]');
    const status = form.querySelector<HTMLElement>('[data-status]');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    if (error) error.textContent = '';
    if (button) button.disabled = true;
    if (status) status.textContent = 'Sending…';
    let response: Response;
    try {
      response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
      });
    } catch {
      // No network answer: let the browser send the form itself, which shows the server's page.
      form.submit();
      return;
    }
    if (button) button.disabled = false;
    if (status) status.textContent = '';
    const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string; field?: string };
    if (response.status === 201 && body.id) {
      const thanks = document.createElement('p');
      thanks.setAttribute('role', 'status');
      thanks.textContent = `Thank you: report ${body.id} is in. A moderator will read it; when the page is fixed, its review date moves.`;
      form.replaceChildren(thanks);
      return;
    }
    if (error) error.textContent = body.error ?? `The report was not sent (HTTP ${response.status}).`;
    const field = body.field ? form.querySelector<HTMLElement>(`[name="${CSS.escape(body.field)}"]`) : null;
    field?.setAttribute('aria-invalid', 'true');
    field?.focus();
  });
}
