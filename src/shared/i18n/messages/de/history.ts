import type { Messages } from '../Messages'

/** German: the History panel and the restore question. */
export const history: Messages['history'] = {
  none: 'Noch keine früheren Fassungen. Copydesk hält beim Schreiben alle paar Minuten eine fest und eine bei jeder Statusänderung.',
  listLabel: 'Frühere Fassungen',
  reasons: {
    auto: 'Beim Schreiben',
    status: 'Status geändert',
    restore: 'Vor einer Wiederherstellung',
    publish: 'Veröffentlicht',
    conflict: 'Andere Fassung (anderswo geändert)',
  },
  viewLabel: 'Frühere Fassung',
  back: 'Zurück zum Text',
  versionFrom: 'Fassung vom <strong>{{when}}</strong> · schreibgeschützt',
  restore: 'Diese Fassung wiederherstellen',
  restoring: 'Wird wiederhergestellt …',
  readOnly: 'Eine frühere Fassung kann nicht bearbeitet werden.',
  confirmTitle: 'Diese Fassung wiederherstellen?',
  confirm: 'Wiederherstellen',
  counts: 'Jetzt {{now}}, diese Fassung {{then}}. Der aktuelle Text bleibt im Verlauf erhalten.',
  refusedTitle: 'Diese Fassung lässt sich nicht wiederherstellen',
  keepCurrent: 'Aktuellen Text behalten',
  unreadable:
    'Copydesk kann diese Fassung nicht lesen; eine Wiederherstellung könnte Ihren Text kosten.',
  empty: 'Diese Fassung enthält keinen Text; eine Wiederherstellung würde den Artikel leeren.',
  staysAsIs: 'Der aktuelle Text bleibt, wie er ist.',
  notSaved:
    'Ihre letzten Änderungen sind noch nicht gespeichert, daher wurde die Fassung nicht wiederhergestellt.',
  restored:
    'Fassung wiederhergestellt. {{shortcut}} holt den ersetzten Text zurück; der Verlauf bewahrt ihn ebenfalls.',
  otherVersion: {
    reapplied:
      'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel inzwischen geändert. Die Fassung wurde über jene wiederhergestellt, die der Verlauf als „Vor einer Wiederherstellung“ bewahrt; es geht nichts verloren.',
    kept: 'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel gespeichert, während die Fassung wiederhergestellt wurde. Die wiederhergestellte Fassung gilt; die andere liegt im Verlauf als „Andere Fassung (anderswo geändert)“.',
  },
  publishedOverOther: {
    reapplied:
      'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel inzwischen geändert. Wo er veröffentlicht wurde, ist in jener Fassung vermerkt; es geht nichts verloren.',
    kept: 'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel gespeichert, während die Veröffentlichung vermerkt wurde. Der Vermerk ist gespeichert; die andere Fassung liegt im Verlauf als „Andere Fassung (anderswo geändert)“.',
  },
}

/** German: words many screens share. */
export const common: Messages['common'] = {
  cancel: 'Abbrechen',
  dismiss: 'Schließen',
  untitled: 'Ohne Titel',
  close: 'Schließen',
}

/** German: the open article around the editor. */
export const workspace: Messages['workspace'] = {
  title: 'Titel',
  tabs: { details: 'Details', review: 'Prüfung', history: 'Verlauf' },
  me: 'Ich',
  noArticle: 'Die Details erscheinen hier, sobald ein Artikel geöffnet ist.',
}
