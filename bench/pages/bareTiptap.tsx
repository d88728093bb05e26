// Reference page for the typing benchmark: TipTap StarterKit with nothing else.
import { createRoot } from 'react-dom/client'
import { EditorContent, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'

declare global {
  interface Window {
    benchHtml?: string
  }
}

function BareEditor({ html }: { html: string }) {
  const editor = useEditor({
    extensions: [StarterKit],
    content: html,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
  })
  return <EditorContent editor={editor} data-testid="editor" />
}

const html = await (await fetch('/doc.html')).text()
createRoot(document.getElementById('root') as HTMLElement).render(<BareEditor html={html} />)
