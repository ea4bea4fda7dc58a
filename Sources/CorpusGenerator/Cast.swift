/// The people, places and organisations generated reports name.
///
/// The recurring cast is Byline's own fiction (see HELPERS.md); one-off people are made from
/// first and last names combined at random, so most of them appear in only a few reports.
public enum Cast {
    /// A named person with the ways a report refers to them.
    public struct Person: Sendable, Equatable {
        /// The full name, as written on first mention.
        public var name: String
        /// The short form used on later mentions.
        public var short: String
        /// The title written before the name on first mention.
        public var role: String

        public init(name: String, short: String, role: String) {
            self.name = name
            self.short = short
            self.role = role
        }
    }

    public static let recurring: [Person] = [
        Person(name: "Amara Okafor", short: "Okafor", role: "UN Special Rapporteur"),
        Person(name: "Dmitri Volkov", short: "Volkov", role: "Energy Minister"),
        Person(name: "José Ignacio Peña Álvarez", short: "Peña Álvarez", role: "union leader"),
        Person(name: "Ingrid van der Berg", short: "van der Berg", role: "Dr"),
        Person(name: "Kenji Watanabe", short: "Watanabe", role: "chief negotiator"),
        Person(name: "Sofia Lindqvist", short: "Lindqvist", role: "Commissioner"),
        Person(name: "Khalid bin Rashid", short: "bin Rashid", role: "Gulf Meridian Lines chief executive"),
        Person(name: "Marianne de Graaf", short: "de Graaf", role: "Mayor"),
    ]

    public static let photographers = ["Mariana Costa/Reuters", "Aleksei Morozov/AFP/Getty Images via AFP"]

    public static let places = ["Almaty", "Lake Balkhash", "Valparaíso", "Rotterdam", "Geneva", "Tokyo", "Brussels", "Delft"]

    public static let organisations = [
        "United Nations", "International Water Council", "Gulf Meridian Lines", "Port of Valparaíso",
        "European Commission", "Delft University of Technology",
    ]

    /// The places a report's dateline can name, in capitals as datelines are written.
    public static let datelines = ["ALMATY", "VALPARAÍSO", "ROTTERDAM", "GENEVA", "TOKYO", "BRUSSELS", "DELFT"]

    static let firstNames = [
        "Aisha", "Bruno", "Camila", "Daniel", "Elif", "Farid", "Greta", "Hiroshi", "Irene", "Jonas",
        "Karim", "Lucía", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Stefan", "Tomás",
        "Ulla", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zofia", "Anders", "Beatriz", "Chen", "Dalia",
        "Emeka", "Fatima", "Gustavo", "Hana", "Ivan", "Julia", "Kwame", "Leila", "Marek", "Noor",
    ]

    static let lastNames = [
        "Andersen", "Barros", "Çelik", "Dumont", "Eriksen", "Fonseca", "Gallagher", "Haddad",
        "Ishikawa", "Jovanović", "Kowalski", "Lefèvre", "Mendes", "Nakamura", "Ortiz", "Petrov",
        "Quiroga", "Rossi", "Sandoval", "Tanaka", "Urquhart", "Varga", "Weber", "Yilmaz", "Zhukov",
        "Abdullah", "Brandt", "Castillo", "Demir", "Esposito", "Fischer", "García", "Horvat",
        "Iqbal", "Jansen", "Kim", "Lindgren", "Moreau", "Novak", "Okonkwo",
    ]

    static let minorRoles = ["a spokeswoman for the port", "a local farmer", "an economist", "a shipping analyst",
                             "a resident", "a council member", "a hydrologist", "a dockworker"]

    /// A one-off person; `index` picks the name, so the same index is the same person.
    static func minor(_ index: Int) -> Person {
        let first = firstNames[index % firstNames.count]
        let last = lastNames[(index / firstNames.count) % lastNames.count]
        return Person(name: "\(first) \(last)", short: last, role: minorRoles[index % minorRoles.count])
    }

    /// How many distinct one-off people there are.
    static var minorCount: Int { firstNames.count * lastNames.count }
}
