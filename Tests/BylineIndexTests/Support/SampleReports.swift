import BylineCore
import BylineIndex
import BylineTestSupport

/// A small corpus about the recurring cast, written for these tests.
enum SampleReports {
    static let volkov = Reports.person("Dmitri Volkov", key: "person:dmitri-volkov", aliases: ["Volkov"], roles: ["Energy Minister"])
    static let okafor = Reports.person("Amara Okafor", key: "person:amara-okafor", aliases: ["Okafor"], roles: ["UN Special Rapporteur"])
    static let nadiaOkafor = Reports.person("Nadia Okafor", key: "person:nadia-okafor", aliases: ["Okafor"], roles: ["port engineer"])
    static let pena = Reports.person("José Ignacio Peña Álvarez", key: "person:jose-ignacio-pena-alvarez", aliases: ["Peña Álvarez"], roles: ["union leader"])
    static let deGraaf = Reports.person("Marianne de Graaf", key: "person:marianne-de-graaf", roles: ["Mayor"])
    static let almaty = Reports.place("Almaty", key: "place:almaty")
    static let balkhash = Reports.place("Lake Balkhash", key: "place:lake-balkhash")
    static let valparaiso = Reports.place("Valparaíso", key: "place:valparaiso")
    static let rotterdam = Reports.place("Rotterdam", key: "place:rotterdam")
    static let geneva = Reports.place("Geneva", key: "place:geneva")
    static let gulfMeridian = Reports.org("Gulf Meridian Lines", key: "organisation:gulf-meridian-lines")

    static let balkhashDrought = Reports.article("Drought shrinks Lake Balkhash", date: "2024-05-03", [
        "ALMATY — Energy Minister Dmitri Volkov said on Friday that water rights along the Ili river would be reviewed. Farmers near Lake Balkhash have lost half their harvest.",
        "“We cannot wait for the rain,” Volkov told reporters in Almaty.",
        "UN Special Rapporteur Amara Okafor is due to visit the lake next month.",
    ], naming: [volkov, okafor, almaty, balkhash], quotes: [Quote(speaker: "Dmitri Volkov", text: "We cannot wait for the rain", block: 1)])

    static let valparaisoStrike = Reports.article("Dockworkers strike in Valparaíso", date: "2024-06-03", [
        "VALPARAÍSO — Dockworkers walked out on Monday, union leader José Ignacio Peña Álvarez said. Ships of Gulf Meridian Lines are queuing outside the harbour.",
        "## Ships wait",
        "Peña Álvarez said the strike would last until wages were raised.",
    ], naming: [pena, gulfMeridian, valparaiso])

    static let genevaSummit = Reports.article("Geneva water summit opens", date: "2023-11-20", [
        "GENEVA — Amara Okafor opened the summit on water rights with a warning about desalination costs.",
        "Okafor said drought had become the rule, not the exception.",
    ], naming: [okafor, geneva])

    static let rotterdamDelays = Reports.article("Rotterdam port delays grow", [
        "Mayor Marianne de Graaf said the backlog of Gulf Meridian Lines ships in Rotterdam was the longest in years. The strike in Valparaíso has delayed cargo across the Pacific.",
    ], naming: [deGraaf, gulfMeridian, rotterdam, valparaiso])

    static let lagosCranes = Reports.article("Old cranes slow the port", date: "2022-03-01", [
        "Port engineer Nadia Okafor said the cranes were old. Okafor added that repairs would take a year.",
    ], naming: [nadiaOkafor])

    static let desalinationPlant = Reports.article("Desalination plant approved", date: "2024-02-10", [
        "The council voted for the project after a long debate about costs.",
    ])

    /// The six reports under their file names.
    static let all: [(String, Article)] = [
        ("2024/balkhash-drought.txt", balkhashDrought),
        ("2024/valparaiso-strike.txt", valparaisoStrike),
        ("2023/geneva-summit.txt", genevaSummit),
        ("rotterdam-delays.txt", rotterdamDelays),
        ("2022/lagos-cranes.txt", lagosCranes),
        ("2024/desalination-plant.txt", desalinationPlant),
    ]

    /// A fixture corpus holding `all`, with its index opened but not yet filled.
    static func written() throws -> (FixtureCorpus, IndexDatabase) {
        let corpus = try FixtureCorpus()
        for (path, article) in all { try corpus.write(path, article) }
        return (corpus, try corpus.openDatabase())
    }

    /// A fixture corpus holding `all`, indexed.
    static func indexed() throws -> (FixtureCorpus, IndexDatabase, IndexStore) {
        let (corpus, database) = try written()
        try corpus.index(database)
        return (corpus, database, corpus.store(database))
    }
}
