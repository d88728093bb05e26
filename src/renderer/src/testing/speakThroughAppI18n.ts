// Vitest setup of the dom project: components speak through the app's i18n instance, as they
// do under main.tsx's provider, so a test sees the real English sentences.
import { setI18n } from 'react-i18next'
import { i18n } from '@shared/i18n/i18n'

setI18n(i18n)
