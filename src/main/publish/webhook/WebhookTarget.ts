import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import type {
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import { isWebUrl } from '@shared/safety/urlPolicy'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import type { WebhookTargetConfig } from '@shared/sites/targets'
import { requestJson, type JsonAnswer } from '../http/requestJson'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget, SecretReader, SiteTerms } from '../PublishTarget'
import { signWebhookBody } from './signWebhookBody'
import { payloadHash, webhookPayload } from './webhookPayload'

/** Header carrying the delivery time (Unix seconds), so a receiver can refuse old replays. */
export const WEBHOOK_TIMESTAMP_HEADER = 'X-Copydesk-Timestamp'
/** Header carrying the publish token: the same on every retry of one publish. */
export const WEBHOOK_IDEMPOTENCY_HEADER = 'Idempotency-Key'

export interface WebhookTargetOptions {
  timeoutMs?: number
  fetch?: typeof fetch
  now?: () => Date
}

type WebhookEvent = 'publish' | 'unpublish' | 'ping'

function configOf(site: SiteProfile): WebhookTargetConfig {
  if (site.target?.kind !== 'webhook') {
    throw new PublishError('refused', t('targetsMain.webhook.notWebhook', { site: site.name }))
  }
  return site.target
}

/** What the receiver answered: its id and public URL for the post, when it gave them. */
function answerOf(answer: JsonAnswer): { id: string | null; url: string | null } {
  const body = answer.body
  if (typeof body !== 'object' || body === null) return { id: null, url: null }
  const { id, url } = body as { id?: unknown; url?: unknown }
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
    url: isWebUrl(url) ? url : null,
  }
}

/**
 * Publishing to a custom site through a webhook: a signed JSON POST with the article's meta,
 * HTML, Markdown and images. The same publish token travels with every retry of one publish
 * so the receiver can recognise a repeat delivery.
 */
export class WebhookTarget implements PublishTarget {
  constructor(private readonly options: WebhookTargetOptions = {}) {}

  async testConnection(site: SiteProfile, secret: SecretReader): Promise<ConnectionReport> {
    const config = configOf(site)
    const hmacSecret = await secret('hmacSecret')
    if (!hmacSecret) return { ok: false, message: t('targetsMain.webhook.saveSecretFirst') }
    try {
      await this.send(config, hmacSecret, 'ping', `ping-${Date.now()}`, {}, undefined)
      return { ok: true, message: t('targetsMain.webhook.answered', { host: hostOf(config.url) }) }
    } catch (error) {
      if (error instanceof PublishError) return { ok: false, message: error.message }
      throw error
    }
  }

  /** A webhook keeps no list of categories to fetch. */
  async terms(): Promise<SiteTerms | null> {
    return null
  }

  async check(context: PublishContext): Promise<PublishCheck[]> {
    const config = configOf(context.site)
    const checks: PublishCheck[] = []
    let url: URL | null = null
    try {
      url = new URL(config.url)
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      checks.push({
        level: 'error',
        code: 'webhook-url',
        message: t('targetsMain.webhook.badUrl'),
      })
    } else if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      checks.push({
        level: 'warning',
        code: 'webhook-insecure',
        message: t('targetsMain.webhook.insecure'),
      })
    }
    if (config.images === 'urls' && !config.imageBaseUrl) {
      checks.push({
        level: 'error',
        code: 'webhook-image-base',
        message: t('targetsMain.webhook.imageBase'),
      })
    }
    if (!(await context.secret('hmacSecret'))) {
      checks.push({
        level: 'error',
        code: 'webhook-secret',
        message: t('targetsMain.webhook.saveSecret'),
      })
    }
    return checks
  }

  async plan(context: PublishContext): Promise<PublishPlan> {
    const config = configOf(context.site)
    const payload = await webhookPayload(context, config)
    const title = context.article.meta.title
    const updating = context.record !== null && context.record.state !== 'removed'
    const images = payload.images.length
    return {
      summary: t(updating ? 'targetsMain.webhook.planUpdate' : 'targetsMain.webhook.planSend', {
        title,
        host: hostOf(config.url),
        images:
          images > 0
            ? t('targetsMain.webhook.withImages', {
                count: images,
                formatted: formatNumber(images),
              })
            : '',
      }),
      changes: [
        {
          action: updating ? 'update' : 'create',
          target: t('publishMain.plan.post', { title }),
          before: null,
          after: payload.markdown,
        },
        ...payload.images.map((image) => ({
          action: 'upload' as const,
          target: t('publishMain.plan.image', { name: image.alt || image.name }),
          before: null,
          after: null,
        })),
      ],
    }
  }

  async publish(context: PublishContext): Promise<PublicationRecord> {
    const config = configOf(context.site)
    const hmacSecret = await this.requireSecret(context)
    const total = 2
    context.progress({ step: t('publish.steps.preparingArticle'), done: 0, total })
    const payload = await webhookPayload(context, config)
    context.progress({
      step: t('publish.steps.sendingTo', { host: hostOf(config.url) }),
      done: 1,
      total,
    })
    const answer = await this.send(
      config,
      hmacSecret,
      'publish',
      publishToken(context),
      payload,
      context.signal,
    )
    context.progress({ step: t('publish.steps.sent'), done: 2, total })
    const { id, url } = answerOf(answer)
    const date = context.article.meta.publishDate
    const scheduled = date !== null && Date.parse(date) > this.now().getTime()
    return {
      siteId: context.site.id,
      kind: 'webhook',
      state: scheduled ? 'scheduled' : 'published',
      remoteId: id ?? context.record?.remoteId ?? null,
      url: url ?? context.record?.url ?? null,
      path: null,
      contentHash: payloadHash(payload),
      publishedAt: this.now().toISOString(),
      extra: { publishToken: publishToken(context) },
    }
  }

  async unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord> {
    const config = configOf(context.site)
    const hmacSecret = await this.requireSecret(context)
    const { meta } = context.article
    context.progress({
      step: t('publish.steps.sendingTo', { host: hostOf(config.url) }),
      done: 0,
      total: 1,
    })
    await this.send(
      config,
      hmacSecret,
      'unpublish',
      publishToken(context),
      {
        mode,
        article: { id: meta.id, remoteId: context.record?.remoteId ?? null, slug: meta.slug },
      },
      context.signal,
    )
    return {
      siteId: context.site.id,
      kind: 'webhook',
      state: mode === 'draft' ? 'draft' : 'removed',
      remoteId: context.record?.remoteId ?? null,
      url: mode === 'draft' ? (context.record?.url ?? null) : null,
      path: null,
      contentHash: context.record?.contentHash ?? '',
      publishedAt: this.now().toISOString(),
      extra: { publishToken: publishToken(context) },
    }
  }

  private async requireSecret(context: PublishContext): Promise<string> {
    const value = await context.secret('hmacSecret')
    if (!value) {
      throw new PublishError('refused', t('targetsMain.webhook.saveSecret'))
    }
    return value
  }

  private send(
    config: WebhookTargetConfig,
    hmacSecret: string,
    event: WebhookEvent,
    publishToken: string,
    content: object,
    signal: AbortSignal | undefined,
  ): Promise<JsonAnswer> {
    const sentAt = this.now()
    const body = JSON.stringify({ event, publishToken, sentAt: sentAt.toISOString(), ...content })
    return requestJson(
      config.url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          [config.signatureHeader]: signWebhookBody(body, hmacSecret),
          [WEBHOOK_TIMESTAMP_HEADER]: String(Math.floor(sentAt.getTime() / 1000)),
          [WEBHOOK_IDEMPOTENCY_HEADER]: publishToken,
          'X-Copydesk-Event': event,
        },
        body,
      },
      {
        site: t('targetsMain.webhook.name'),
        timeoutMs: this.options.timeoutMs,
        signal,
        fetch: this.options.fetch,
      },
    )
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }
}

/** The same for every retry of one publish job, so the receiver can dedupe deliveries. */
function publishToken(context: PublishContext): string {
  // The publish flow always sets the key; a context without one gets a stable stand-in.
  return context.idempotencyKey ?? `${context.article.meta.id}:${context.site.id}`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}
