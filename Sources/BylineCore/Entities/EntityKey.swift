/// Keys that make one entity of the same name across reports.
///
/// The key is the kind and the folded canonical name (`person:kassym-jomart tokayev`), so
/// `José Ignacio Peña Álvarez` in one report and `Jose Ignacio Pena Alvarez` in another are one
/// person, while a surname alone (`person:tokayev`) never joins a full name across reports:
/// that attachment happens only inside a report, where the full name is in sight.
public enum EntityKey {
    public static func make(kind: Entity.Kind, name: String) -> String {
        "\(kind.rawValue):\(NameForm(name).text)"
    }
}
