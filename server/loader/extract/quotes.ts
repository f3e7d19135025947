// Quotation marks in a sentence: spans of quoted text, and whether a quote opens without closing (it runs on into
// the next sentences). Straight and curly quotes both count.
export interface QuoteSpan {
  start: number; // offsets into the sentence text, inside the marks
  end: number;
}

// `continued`: a quote from an earlier sentence is still open, so the first straight quote closes it.
export function quoteSpans(text: string, continued = false): { spans: QuoteSpan[]; unclosed: boolean } {
  const spans: QuoteSpan[] = [];
  let open = continued ? 0 : -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const isOpen = c === '“' || (c === '"' && open < 0);
    const isClose = c === '”' || (c === '"' && open >= 0);
    if (isOpen && open < 0) open = i + 1;
    else if (isClose && open >= 0) {
      spans.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return { spans, unclosed: open >= 0 };
}

export const quotedLength = (spans: QuoteSpan[]) => spans.reduce((n, s) => n + s.end - s.start, 0);
