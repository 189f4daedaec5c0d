import { describeEvent, factsOf, linksOf, type NotifyEvent } from './events.js';
import { hexColour, truncateText } from './text.js';

/** Slack's limits for the blocks used here (Block Kit reference). */
export const SLACK_LIMITS = { header: 150, sectionText: 3000, fieldText: 2000, fields: 10, contextElements: 10, fallbackText: 4000 } as const;

/** Escapes the three characters Slack mrkdwn treats as control characters. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack link: <url|text>, the text escaped so it cannot close the link. */
function slackLink(text: string, url: string): string {
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeSlack(text).replace(/\|/g, '¦')}>`;
}

/**
 * The incoming-webhook payload for an event: a plain `text` for the
 * notification and screen readers, and an attachment (for the colour bar by
 * priority) holding the Block Kit message: header, fields, reason, links.
 */
export function formatSlackMessage(event: NotifyEvent): Record<string, unknown> {
  const headline = describeEvent(event);
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(headline, SLACK_LIMITS.header), emoji: true } },
    {
      type: 'section',
      fields: factsOf(event)
        .slice(0, SLACK_LIMITS.fields)
        .map((f) => ({ type: 'mrkdwn', text: truncateText(`*${f.label}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })),
    },
  ];
  if (event.reason) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncateText(`*Reason*\n${escapeSlack(event.reason)}`, SLACK_LIMITS.sectionText) } });
  }
  const links = linksOf(event);
  // Room for the "+N more" and the footer element: a link is never cut, only left out whole.
  const context = links.slice(0, SLACK_LIMITS.contextElements - 2).map((l) => ({ type: 'mrkdwn', text: slackLink(l.text, l.url) }));
  if (links.length > context.length) context.push({ type: 'mrkdwn', text: `+${links.length - context.length} more` });
  context.push({ type: 'mrkdwn', text: `stagegate · ${event.time}` });
  blocks.push({ type: 'context', elements: context });
  return {
    text: truncateText(`${headline}${event.reason ? ` — ${event.reason}` : ''}`, SLACK_LIMITS.fallbackText),
    attachments: [{ color: hexColour(event.priority), fallback: truncateText(headline, SLACK_LIMITS.header), blocks }],
  };
}
