/** A link in the site's navigation or the breadcrumb. */
export interface ThemeLink {
  label: string
  url: string
}

export interface ThemeImage {
  url: string
  alt: string
}

/** Everything a theme template can use; documented in docs/themes.md. */
export interface ThemeVariables {
  site: { name: string; url: string; navigation: ThemeLink[] }
  article: {
    title: string
    slug: string
    excerpt: string
    author: string
    /** ISO date-time: the publish date, or now for an undated draft. */
    date: string
    date_formatted: string
    category: string
    tags: string[]
    featured_image: ThemeImage | null
    seo_title: string
    seo_description: string
    reading_minutes: number
  }
  /** The article body as sanitized HTML; templates print it with `{{ content | raw }}`. */
  content: string
  category: string
  /** "Home > <Category>". */
  breadcrumb: ThemeLink[]
  tags: string[]
  featured_image: ThemeImage | null
  /** Base URL of the theme folder, without a trailing slash: `{{ theme_url }}/assets/site.css`. */
  theme_url: string
}
