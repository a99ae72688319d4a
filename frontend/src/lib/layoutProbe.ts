/**
 * A structural check of the page as the window renders it: what a user would see as broken
 * layout (controls on top of each other, content cut off at the right edge, names wrapping
 * down the row). The native-window check (--layout-probe) runs it in WebKitGTK; it reads
 * only the DOM, so any page can be probed.
 */

const tolerance = 0.5; // sub-pixel rounding is not a problem

function label(el: Element): string {
  const text = el.getAttribute('aria-label') ?? el.querySelector('[aria-label]')?.getAttribute('aria-label');
  return (text ?? el.textContent ?? el.tagName).trim().replace(/\s+/g, ' ').slice(0, 60);
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return (
    a.width > 0 &&
    b.width > 0 &&
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}

function overlaps(where: string, elements: Element[]): string[] {
  const out: string[] = [];
  const rects = elements.map((el) => el.getBoundingClientRect());
  for (let i = 0; i < elements.length; i++)
    for (let j = i + 1; j < elements.length; j++)
      if (overlap(rects[i]!, rects[j]!))
        out.push(`${where}: "${label(elements[i]!)}" overlaps "${label(elements[j]!)}"`);
  return out;
}

/** The problems found, each a sentence naming the element; empty when the layout is sound. */
export function layoutProblems(doc: Document = document): string[] {
  const problems: string[] = [];
  const view = doc.documentElement;
  if (view.scrollWidth > view.clientWidth + tolerance)
    problems.push(`page scrolls sideways by ${view.scrollWidth - view.clientWidth}px`);
  const main = doc.querySelector('main')?.getBoundingClientRect();

  const toolbar = doc.querySelector('.toolbar');
  if (toolbar)
    problems.push(
      ...overlaps(
        'toolbar',
        [...toolbar.children].filter((c) => !c.classList.contains('toolbar-spacer')),
      ),
    );

  // The sidebar: a long label (German compounds) must wrap inside it, never run out of it.
  for (const link of doc.querySelectorAll('nav a')) {
    const nav = link.closest('nav')?.getBoundingClientRect();
    if (link.scrollWidth > link.clientWidth + 1 || (nav && link.getBoundingClientRect().right > nav.right + tolerance))
      problems.push(`navigation: "${label(link)}" runs out of the sidebar`);
  }

  // Column headings break between words only: a word too wide for its column overflows it.
  doc.querySelectorAll('thead th').forEach((cell) => {
    if (cell.scrollWidth > cell.clientWidth + 1)
      problems.push(`heading "${label(cell)}" overflows its column by ${cell.scrollWidth - cell.clientWidth}px`);
  });

  const table = doc.querySelector('table');
  if (table && main) {
    const right = table.getBoundingClientRect().right;
    if (right > main.right + tolerance) problems.push(`table runs ${Math.round(right - main.right)}px past the page`);
  }
  for (const row of doc.querySelectorAll('tbody tr')) {
    const name = label(row.querySelector('th') ?? row);
    const controls = [...row.querySelectorAll('button, label, .switch, .pd-checkbox')].filter(
      (el) => !el.parentElement?.closest('button, label'),
    );
    problems.push(...overlaps(`row "${name}"`, controls));
    for (const el of controls) {
      const cell = el.closest('td, th')?.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      if (cell && r.width > 0 && (r.right > cell.right + tolerance || r.left < cell.left - tolerance))
        problems.push(`row "${name}": "${label(el)}" sticks out of its cell`);
    }
    // Text that does not fit its cell runs under the next column (a long code, an unbroken name).
    row.querySelectorAll('td, th').forEach((cell, i) => {
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`row "${name}": column ${i + 1} overflows by ${cell.scrollWidth - cell.clientWidth}px`);
    });
    for (const el of row.querySelectorAll('.product-name')) {
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
      const lines = Math.round(el.getBoundingClientRect().height / lineHeight);
      if (lines > 2) problems.push(`row "${name}": name takes ${lines} lines`);
    }
  }
  return problems;
}
