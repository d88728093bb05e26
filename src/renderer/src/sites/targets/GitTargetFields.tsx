import { useId, type JSX } from 'react'
import { applyGitPreset, GIT_PRESET_LABELS } from '@shared/sites/gitPresets'
import {
  GIT_PRESETS,
  gitRepoUrlProblem,
  type GitFrontMatterKeys,
  type GitPreset,
  type GitTargetConfig,
} from '@shared/sites/targets'
import { Field } from '../../meta/Field'
import { SecretField } from '../SecretField'

export interface GitTargetFieldsProps {
  /** Null while the site is new: its token can be saved once the site exists. */
  siteId: string | null
  config: GitTargetConfig
  onChange(config: GitTargetConfig): void
}

const KEY_LABELS: [keyof GitFrontMatterKeys, string][] = [
  ['title', 'Title'],
  ['date', 'Date'],
  ['slug', 'Slug'],
  ['categories', 'Categories'],
  ['tags', 'Tags'],
  ['draft', 'Draft / published'],
  ['description', 'Description'],
  ['image', 'Featured image'],
  ['imageAlt', 'Featured image alt text'],
  ['author', 'Author'],
]

/** Settings of a site that publishes to a git repository (Hugo, Jekyll, Astro, Eleventy…). */
export function GitTargetFields({ siteId, config, onChange }: GitTargetFieldsProps): JSX.Element {
  const id = useId()
  const set = <K extends keyof GitTargetConfig>(key: K, value: GitTargetConfig[K]) =>
    onChange({ ...config, [key]: value })
  const setKey = (key: keyof GitFrontMatterKeys, value: string) =>
    onChange({ ...config, keys: { ...config.keys, [key]: value } })
  const urlProblem = config.repoUrl === '' ? null : gitRepoUrlProblem(config.repoUrl)

  const text = (
    key:
      | 'repoUrl'
      | 'branch'
      | 'username'
      | 'authorName'
      | 'authorEmail'
      | 'postPath'
      | 'assetPath'
      | 'assetUrl'
      | 'publicUrl'
      | 'aliasKey',
    label: string,
    help?: string,
    placeholder?: string,
  ) => (
    <Field label={label} htmlFor={`${id}-${key}`} help={help}>
      <input
        id={`${id}-${key}`}
        className="ui-input"
        spellCheck={false}
        value={config[key]}
        placeholder={placeholder}
        onChange={(e) => set(key, e.target.value)}
      />
    </Field>
  )

  return (
    <div className="ui-git-target-fields">
      <Field
        label="Site generator"
        htmlFor={`${id}-preset`}
        help="Fills in where posts and images go and how their front matter reads."
      >
        <select
          id={`${id}-preset`}
          value={config.preset}
          onChange={(e) => onChange(applyGitPreset(config, e.target.value as GitPreset))}
        >
          {GIT_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {GIT_PRESET_LABELS[preset]}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Repository address"
        htmlFor={`${id}-repoUrl`}
        help={urlProblem ?? 'The https address you would clone the site from.'}
      >
        <input
          id={`${id}-repoUrl`}
          className="ui-input"
          spellCheck={false}
          value={config.repoUrl}
          placeholder="https://github.com/acme/website.git"
          aria-invalid={urlProblem !== null}
          onChange={(e) => set('repoUrl', e.target.value.trim())}
        />
      </Field>
      {text('branch', 'Branch', undefined, 'main')}
      {text('username', 'User name', 'The account the token belongs to.')}
      <SecretField
        siteId={siteId}
        name="token"
        label="Access token"
        savedText="Token saved"
        saveLabel="Save token"
        testId="git-token"
        help="Stored encrypted on this computer; it is never shown again."
      />
      <Field
        label="Build check"
        htmlFor={`${id}-buildCheck`}
        help="Before sending, builds the site with its own generator (Hugo, Jekyll, or the site’s installed Astro or Eleventy) on this computer. This runs the site’s build code here. Without the generator, nothing is checked and nothing is stopped."
      >
        <select
          id={`${id}-buildCheck`}
          value={config.buildCheck}
          onChange={(e) => set('buildCheck', e.target.value as GitTargetConfig['buildCheck'])}
        >
          <option value="off">Off</option>
          <option value="warn">Build first, publish even if it fails</option>
          <option value="require">Build first, stop if it fails</option>
        </select>
      </Field>
      {text('authorName', 'Commit author', 'Shown as the author of each publish in the history.')}
      {text('authorEmail', 'Commit author email')}

      <details className="ui-git-layout">
        <summary>Where posts and images go</summary>
        {text('postPath', 'Post file', 'Uses {slug}, {date}, {yyyy}, {mm}, {dd}, {category}.')}
        {text('assetPath', 'Image file', '{name} is the image’s file name.')}
        {text('assetUrl', 'Image address in posts', 'How a post refers to an image.')}
        {text('publicUrl', 'Post address', '{siteUrl} is the site’s address.')}
        <Field label="Front matter" htmlFor={`${id}-frontMatter`}>
          <select
            id={`${id}-frontMatter`}
            value={config.frontMatter}
            onChange={(e) => set('frontMatter', e.target.value as GitTargetConfig['frontMatter'])}
          >
            <option value="yaml">YAML (---)</option>
            <option value="toml">TOML (+++)</option>
          </select>
        </Field>
        <Field label="Hiding a post" htmlFor={`${id}-draftStyle`}>
          <select
            id={`${id}-draftStyle`}
            value={config.draftStyle}
            onChange={(e) => set('draftStyle', e.target.value as GitTargetConfig['draftStyle'])}
          >
            <option value="draft">draft: true</option>
            <option value="published">published: false</option>
          </select>
        </Field>
        {text(
          'aliasKey',
          'Old addresses key',
          'Keeps old links working after a slug change (Hugo: aliases, Jekyll: redirect_from). Leave empty if the site cannot redirect.',
        )}
        <fieldset className="ui-git-keys">
          <legend>Front matter keys (empty leaves the value out)</legend>
          {KEY_LABELS.map(([key, label]) => (
            <Field key={key} label={label} htmlFor={`${id}-key-${key}`}>
              <input
                id={`${id}-key-${key}`}
                className="ui-input"
                spellCheck={false}
                value={config.keys[key]}
                onChange={(e) => setKey(key, e.target.value.trim())}
              />
            </Field>
          ))}
        </fieldset>
      </details>
    </div>
  )
}
