import { highlightParts } from './highlight';

/** Text with the parts the search matched in <mark>. */
export function Highlight(props: { text: string; query: string }) {
  return (
    <>{highlightParts(props.text, props.query).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>
  );
}
