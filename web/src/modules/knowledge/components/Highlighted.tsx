import { Mark } from '@mantine/core';
import { highlightParts } from '../article-text';

/** Text with the words of the search marked. */
export function Highlighted({ text, search }: { text: string; search: string }) {
  return (
    <>
      {highlightParts(text, search).map((part, i) =>
        part.match ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
