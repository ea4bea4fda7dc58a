/// Keys that make one entity of the same name across reports.
///
/// The key is the kind and the canonical name folded and spelled out in Latin letters
/// (`person:kassym-jomart tokaev`, see `NameSpelling`), so `José Ignacio Peña Álvarez` in one
/// report and `Jose Ignacio Pena Alvarez` in another are one person, as are `Дмитрий Волков`
/// and `Dmitry Volkov`, while a surname alone (`person:tokaev`) never joins a full name across reports:
/// that attachment happens only inside a report, where the full name is in sight.
public enum EntityKey {
    public static func make(kind: Entity.Kind, name: String) -> String {
        make(kind: kind, form: NameForm(name))
    }

    /// The key of a name whose `NameForm` is already made.
    static func make(kind: Entity.Kind, form: NameForm) -> String {
        kind.rawValue + ":" + NameSpelling.key(form)
    }
}
