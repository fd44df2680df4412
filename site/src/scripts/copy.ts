// Copy buttons on code blocks: hidden without JavaScript, shown once they can work.
for (const button of document.querySelectorAll<HTMLButtonElement>('.codeblock .copy')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  });
}
