/** What the preview, the review copy and the theme capture say from the main side. */
export const previewMain = {
  /** Why a download failed: a clause that reads alone and inside another sentence. */
  fetch: {
    notWebAddress: '{{address}} is not a web address',
    answered: 'answered {{status}}',
    anError: 'an error',
    tooManyRedirects: '{{host}} redirects too many times',
    timeout_one: '{{host}} did not answer within {{formatted}} second',
    timeout_other: '{{host}} did not answer within {{formatted}} seconds',
    unreachable: 'Could not reach {{host}}',
    unreachableBecause: 'Could not reach {{host}}: {{reason}}',
    reasons: {
      noSuchAddress: 'no such address (check the spelling)',
      localNetwork: 'it is on this computer or its local network',
      certificate: 'its security certificate is not valid',
    },
    stoppedSending: '{{host}} stopped sending {{path}}',
    tooLarge: '{{address}} is larger than {{megabytes}} MB',
  },
  capture: {
    notAnAddress: '“{{address}}” is not a web address. It should start with https://',
    notWeb: 'Enter the address of a web page, starting with http:// or https://',
    pageAnswered: 'The page answered {{status}}.',
    notAPage: 'That address is not a web page (it is {{type}}).',
    unknownType: 'of an unknown type',
    notSafe: 'That page’s markup could not be made safe to preview.',
    noArticleText:
      'Could not find the article text on that page. Enter a CSS selector for the article body.',
    badSelector: '“{{selector}}” is not a valid CSS selector.',
    selectorMatchesNothing: 'The selector “{{selector}}” matches nothing on that page.',
    noTitle: 'No title heading (h1) found; the preview adds one above the article text.',
    noBreadcrumb: 'No breadcrumb found; the preview shows none.',
    noCategory: 'No category label found; the preview shows none.',
    noDate: 'No date (a <time> element near the title) found; the preview shows none.',
    noLeadImage: 'No lead image found next to the title; the featured image is not shown.',
    noTags: 'No tag list found; the preview shows none.',
  },
  /** What the capture says about the stylesheets, fonts and images it stores. */
  assets: {
    tooDeep_one:
      'Stylesheets import each other more than {{formatted}} level deep; deeper ones were left out.',
    tooDeep_other:
      'Stylesheets import each other more than {{formatted}} levels deep; deeper ones were left out.',
    tooManyStylesheets_one:
      'The page uses more than {{formatted}} stylesheet; the rest were left out.',
    tooManyStylesheets_other:
      'The page uses more than {{formatted}} stylesheets; the rest were left out.',
    tooManyFiles_one: 'The page uses more than {{formatted}} file; the rest were left out.',
    tooManyFiles_other: 'The page uses more than {{formatted}} files; the rest were left out.',
    notCss: 'The stylesheet {{address}} could not be read as CSS; it was left out.',
    notDownloaded: {
      stylesheet:
        'The stylesheet {{address}} could not be downloaded ({{reason}}); it was left out.',
      font: 'The font {{address}} could not be downloaded ({{reason}}); it was left out.',
      image: 'The image {{address}} could not be downloaded ({{reason}}); it was left out.',
    },
    wrongType: {
      stylesheet:
        'The stylesheet {{address}} is not a stylesheet (it is {{type}}); it was left out.',
      font: 'The font {{address}} is not a font (it is {{type}}); it was left out.',
      image: 'The image {{address}} is not an image (it is {{type}}); it was left out.',
      fontOrImage: 'The file {{address}} is not a font or image (it is {{type}}); it was left out.',
    },
  },
  theme: {
    noManifest: 'The theme folder has no theme.json.',
    badManifest: 'theme.json is not valid: it needs a “name” and a “template”.',
    noTemplate: 'The template {{template}} is missing.',
    error: 'The theme has an error: {{message}}',
    errorAt: 'The theme has an error ({{file}}, line {{line}}): {{message}}',
    /** The page the preview shows instead of an article the theme cannot render. */
    pageTitle: 'The theme could not be shown',
    fileLine: '{{file}}, line {{line}}',
    fixHint:
      'Fix the template in the theme folder; the preview updates as soon as the file is saved.',
  },
  notRendered: 'The article could not be rendered.',
  noPdf: 'Exporting a PDF is not available here.',
  pdfFailed: 'The PDF could not be made.',
  noSaving: 'Saving files is not available here.',
  notSaved: 'The file could not be saved there. Choose another folder.',
  /** The line at the top of an exported review copy. */
  reviewBanner: 'Review copy — {{title}} — exported {{date}}',
}
