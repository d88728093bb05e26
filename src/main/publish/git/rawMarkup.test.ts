import { describe, expect, it } from 'vitest'
import { rawMarkup } from './rawMarkup'

describe('rawMarkup', () => {
  it('names shortcodes, Liquid tags, HTML elements and comments once each, in order', () => {
    const body = [
      'Intro with <span class="x">inline</span> HTML.',
      '{{< figure src="/img/quay.jpg" >}}',
      '{{% note %}}Mind the gap{{% /note %}}',
      '<div class="callout">Watch <b>out</b></div>',
      '{% include video.html id="x" %}{% raw %}{{ x }}{% endraw %}',
      '<!--more-->',
      '{{< figure src="/img/other.jpg" >}}',
    ].join('\n\n')
    expect(rawMarkup(body)).toEqual([
      '<span>',
      '{{< figure >}}',
      '{{% note %}}',
      '<div>',
      '<b>',
      '{% include %}',
      '{% raw %}',
      '<!-- -->',
    ])
  })

  it('leaves code alone, and finds nothing in plain Markdown', () => {
    const body =
      'Use `<div>` and:\n\n```html\n<div>{{< figure >}}</div>\n```\n\nA **bold** 3 < 4 claim.\n'
    expect(rawMarkup(body)).toEqual([])
  })
})
