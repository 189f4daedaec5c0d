import { describeEvent, factsOf, linksOf, outcomeOf, titleOf, type NotifyEvent } from './events.js';
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
 * The incoming-webhook payload for an event. `text` is what a notification
 * and a screen reader show: its first line carries the cause and what the
 * affected targets run now. The attachment (for the colour bar by outcome)
 * holds the Block Kit message: title, facts, cause, state, next step, links.
 */
export function formatSlackMessage(event: NotifyEvent): Record<string, unknown> {
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: truncateText(titleOf(event), SLACK_LIMITS.header), emoji: true } },
    {
      type: 'section',
      fields: factsOf(event)
        .slice(0, SLACK_LIMITS.fields)
        .map((f) => ({ type: 'mrkdwn', text: truncateText(`*${f.label}*\n${escapeSlack(f.value)}`, SLACK_LIMITS.fieldText) })),
    },
  ];
  const section = (label: string, body: string): void => {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncateText(`*${label}*\n${body}`, SLACK_LIMITS.sectionText) } });
  };
  if (event.reason) section('Cause', escapeSlack(event.reason));
  const states = [...(event.states ?? []).map((t) => `• *${escapeSlack(t.target)}*${t.runs ? ` runs ${escapeSlack(t.runs)}` : ''}: ${escapeSlack(t.note)}`), ...(event.others?.count ? [`+${event.others.count} ${escapeSlack(event.others.label)}`] : [])];
  if (states.length) section('Now', states.join('\n'));
  if (event.nextStep) section('Next step', escapeSlack(event.nextStep));
  const links = linksOf(event);
  // Room for the "+N more" and the footer element: a link is never cut, only left out whole.
  const context = links.slice(0, SLACK_LIMITS.contextElements - 2).map((l) => ({ type: 'mrkdwn', text: slackLink(l.text, l.url) }));
  if (links.length > context.length) context.push({ type: 'mrkdwn', text: `+${links.length - context.length} more` });
  context.push({ type: 'mrkdwn', text: `stagegate · ${event.time}` });
  blocks.push({ type: 'context', elements: context });
  const headline = describeEvent(event);
  return {
    text: truncateText(`${headline}${event.nextStep ? `\nNext: ${event.nextStep}` : ''}`, SLACK_LIMITS.fallbackText),
    attachments: [{ color: hexColour(outcomeOf(event)), fallback: truncateText(headline, SLACK_LIMITS.header), blocks }],
  };
}
