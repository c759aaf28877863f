import { Anchor, Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';

/** Links open in a new tab without handing it this window. */
const COMPONENTS: Components = {
  a: ({ href, children }) => (
    <Anchor href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </Anchor>
  ),
  img: () => null,
};

/**
 * An announcement body rendered from Markdown, safely: raw HTML is dropped (never parsed into
 * the page), images are not loaded, and react-markdown's URL filter removes `javascript:` links.
 */
export function Markdown({ source, testId }: { source: string; testId?: string }) {
  return (
    <Typography data-testid={testId}>
      <ReactMarkdown skipHtml components={COMPONENTS}>
        {source}
      </ReactMarkdown>
    </Typography>
  );
}
