import { useId, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { applyGitPreset, gitPresetLabel } from '@shared/sites/gitPresets'
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

/** The front matter keys in the order the form lists them. */
const KEYS: readonly (keyof GitFrontMatterKeys)[] = [
  'title',
  'date',
  'slug',
  'categories',
  'tags',
  'draft',
  'description',
  'image',
  'imageAlt',
  'author',
]

/** Settings of a site that publishes to a git repository (Hugo, Jekyll, Astro, Eleventy…). */
export function GitTargetFields({ siteId, config, onChange }: GitTargetFieldsProps): JSX.Element {
  const { t } = useTranslation()
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
        label={t('sitesForm.git.generator')}
        htmlFor={`${id}-preset`}
        help={t('sitesForm.git.generatorHelp')}
      >
        <select
          id={`${id}-preset`}
          value={config.preset}
          onChange={(e) => onChange(applyGitPreset(config, e.target.value as GitPreset))}
        >
          {GIT_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {gitPresetLabel(preset)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('sitesForm.git.repo')}
        htmlFor={`${id}-repoUrl`}
        help={urlProblem ?? t('sitesForm.git.repoHelp')}
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
      {text('branch', t('sitesForm.git.branch'), undefined, 'main')}
      {text('username', t('sitesForm.git.username'), t('sitesForm.git.usernameHelp'))}
      <SecretField
        siteId={siteId}
        name="token"
        label={t('sitesForm.git.token')}
        savedText={t('sitesForm.git.tokenSaved')}
        saveLabel={t('sitesForm.git.saveToken')}
        testId="git-token"
        help={t('sitesForm.git.tokenHelp')}
      />
      <Field
        label={t('sitesForm.git.buildCheck')}
        htmlFor={`${id}-buildCheck`}
        help={t('sitesForm.git.buildCheckHelp')}
      >
        <select
          id={`${id}-buildCheck`}
          value={config.buildCheck}
          onChange={(e) => set('buildCheck', e.target.value as GitTargetConfig['buildCheck'])}
        >
          <option value="off">{t('sitesForm.git.buildOff')}</option>
          <option value="warn">{t('sitesForm.git.buildWarn')}</option>
          <option value="require">{t('sitesForm.git.buildRequire')}</option>
        </select>
      </Field>
      {text('authorName', t('sitesForm.git.author'), t('sitesForm.git.authorHelp'))}
      {text('authorEmail', t('sitesForm.git.authorEmail'))}

      <details className="ui-git-layout">
        <summary>{t('sitesForm.git.layout')}</summary>
        {text('postPath', t('sitesForm.git.postPath'), t('sitesForm.git.postPathHelp'))}
        {text('assetPath', t('sitesForm.git.assetPath'), t('sitesForm.git.assetPathHelp'))}
        {text('assetUrl', t('sitesForm.git.assetUrl'), t('sitesForm.git.assetUrlHelp'))}
        {text('publicUrl', t('sitesForm.git.publicUrl'), t('sitesForm.git.publicUrlHelp'))}
        <Field label={t('sitesForm.git.frontMatter')} htmlFor={`${id}-frontMatter`}>
          <select
            id={`${id}-frontMatter`}
            value={config.frontMatter}
            onChange={(e) => set('frontMatter', e.target.value as GitTargetConfig['frontMatter'])}
          >
            <option value="yaml">YAML (---)</option>
            <option value="toml">TOML (+++)</option>
          </select>
        </Field>
        <Field label={t('sitesForm.git.hiding')} htmlFor={`${id}-draftStyle`}>
          <select
            id={`${id}-draftStyle`}
            value={config.draftStyle}
            onChange={(e) => set('draftStyle', e.target.value as GitTargetConfig['draftStyle'])}
          >
            <option value="draft">draft: true</option>
            <option value="published">published: false</option>
          </select>
        </Field>
        {text('aliasKey', t('sitesForm.git.aliasKey'), t('sitesForm.git.aliasKeyHelp'))}
        <fieldset className="ui-git-keys">
          <legend>{t('sitesForm.git.keys')}</legend>
          {KEYS.map((key) => (
            <Field
              key={key}
              label={t(`sitesForm.git.keyLabels.${key}`)}
              htmlFor={`${id}-key-${key}`}
            >
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
