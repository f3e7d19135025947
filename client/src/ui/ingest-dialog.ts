// "Add article": a dialog posting title, date, source and text to the token-protected ingest endpoint.
import { z } from 'zod';
import { ingestArticle } from '../api.ts';

const formSchema = z.object({
  title: z.string().trim().min(1).max(500),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().max(300),
  text: z.string().trim().min(1),
  token: z.string().min(1),
});

export function mountIngestDialog(openButton: HTMLElement, onIngested: () => Promise<void>): void {
  const dialog = document.getElementById('ingest-dialog') as HTMLDialogElement;
  const form = document.getElementById('ingest-form') as HTMLFormElement;
  const status = document.getElementById('ingest-status') as HTMLElement;
  openButton.addEventListener('click', () => {
    status.textContent = '';
    dialog.showModal();
  });
  form.addEventListener('submit', async (event) => {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'submit') return;
    event.preventDefault();
    const parsed = formSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      status.textContent = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return;
    }
    const { token, source, ...article } = parsed.data;
    status.textContent = 'Adding…';
    try {
      await ingestArticle({ ...article, ...(source ? { source } : {}) }, token);
      status.textContent = 'Added.';
      dialog.close();
      form.reset();
      await onIngested();
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  });
}
