import { describeEvent, factsOf, linksOf, outcomeOf, type EventLink, type NotifyEvent } from './events.js';
import { OUTCOME_COLOURS, truncateText } from './text.js';

/** Discord's embed limits (developer docs, "Embed Limits"). */
export const DISCORD_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000 } as const;

const FOOTER = 'stagegate';

/** A markdown link whose text cannot close the brackets and whose URL cannot close the parenthesis. */
function discordLink(l: EventLink): string {
  return `[${l.text.replace(/[[\]]/g, '')}](${l.url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/**
 * The links as one field value: whole links only, as many as fit, then
 * "+N more", so a long list is shortened without cutting a URL.
 */
function linksField(links: EventLink[]): string {
  const lines: string[] = [];
  let used = 0;
  for (const [i, l] of links.entries()) {
    const line = discordLink(l);
    const left = links.length - i - 1;
    const reserve = left > 0 ? `\n+${left} more`.length : 0;
    if (used + line.length + (lines.length ? 1 : 0) + reserve > DISCORD_LIMITS.fieldValue) {
      lines.push(`+${links.length - i} more`);
      break;
    }
    used += line.length + (lines.length ? 1 : 0);
    lines.push(line);
  }
  return lines.join('\n');
}

/** Characters an embed counts toward Discord's 6000 total. */
export function embedSize(embed: { title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}

/**
 * The webhook payload for an event: one embed coloured by outcome, within
 * every Discord limit. The title is the first line (cause and state, cut to
 * fit); the description holds the cause, the state of each affected target
 * and the next step in whatever room is left, cut at a word, never inside a
 * link; mentions are disabled so a reason cannot ping @everyone.
 */
export function formatDiscordMessage(event: NotifyEvent): Record<string, unknown> {
  const fields = factsOf(event).map((f) => ({
    name: truncateText(f.label, DISCORD_LIMITS.fieldName),
    value: truncateText(f.value, DISCORD_LIMITS.fieldValue),
    inline: true,
  }));
  const links = linksOf(event);
  if (links.length) fields.push({ name: 'Links', value: linksField(links), inline: false });
  const embed: Record<string, unknown> & { title: string; fields: typeof fields; footer: { text: string }; description?: string } = {
    title: truncateText(describeEvent(event), DISCORD_LIMITS.title),
    color: OUTCOME_COLOURS[outcomeOf(event)],
    fields: fields.slice(0, DISCORD_LIMITS.fields),
    footer: { text: FOOTER },
    timestamp: event.time,
  };
  if (event.runUrl && /^https?:\/\//.test(event.runUrl)) embed.url = event.runUrl;
  const states = [...(event.states ?? []).map((t) => `• **${t.target}**${t.runs ? ` runs ${t.runs}` : ''}: ${t.note}`), ...(event.others?.count ? [`+${event.others.count} ${event.others.label}`] : [])];
  const parts = [...(event.reason ? [`**Cause:** ${event.reason}`] : []), ...(states.length ? [`**Now:**\n${states.join('\n')}`] : []), ...(event.nextStep ? [`**Next step:** ${event.nextStep}`] : [])];
  if (parts.length) {
    const room = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - embedSize(embed));
    const description = truncateText(parts.join('\n'), room);
    if (description) embed.description = description;
  }
  return { username: 'stagegate', embeds: [embed], allowed_mentions: { parse: [] } };
}
