import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '@shared/i18n/i18n'
import { App } from './App'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <I18nextProvider i18n={i18n}>
    <App />
  </I18nextProvider>,
)
