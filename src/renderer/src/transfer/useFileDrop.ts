import { useRef, useState, type DragEvent } from 'react'

/** Whether a drag carries files (not text or a link from the editor). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files')
}

/** Handlers that make an element a drop target for files, and whether files are over it. */
export function useFileDrop(onFiles: (files: File[]) => void): {
  dragging: boolean
  handlers: {
    onDragEnter(event: DragEvent): void
    onDragOver(event: DragEvent): void
    onDragLeave(event: DragEvent): void
    onDrop(event: DragEvent): void
  }
} {
  const [dragging, setDragging] = useState(false)
  // Enter and leave fire for every child crossed; count them to know when the drag left.
  const depth = useRef(0)
  return {
    dragging,
    handlers: {
      onDragEnter: (event) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth.current += 1
        setDragging(true)
      },
      onDragOver: (event) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'copy'
      },
      onDragLeave: (event) => {
        if (!carriesFiles(event)) return
        depth.current = Math.max(0, depth.current - 1)
        if (depth.current === 0) setDragging(false)
      },
      onDrop: (event) => {
        if (!carriesFiles(event)) return
        event.preventDefault()
        depth.current = 0
        setDragging(false)
        onFiles(Array.from(event.dataTransfer.files))
      },
    },
  }
}
