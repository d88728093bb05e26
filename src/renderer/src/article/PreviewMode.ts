/** Whether the layout preview is shown, and whether it shares the window with the editor. */
export type PreviewMode = 'off' | 'side' | 'full'
