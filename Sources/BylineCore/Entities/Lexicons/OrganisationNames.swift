/// Hand-written organisation lexicon: international bodies, news organisations, institutions
/// that news names bare, and the words that end or open an organisation's name.
enum OrganisationNames {
    static let known = """
    United Nations; UN; U.N.; NATO; Nato; European Union; EU; E.U.; European Commission
    European Parliament; European Central Bank; ECB; Council of Europe; OSCE; OPEC; Opec; IMF
    International Monetary Fund; World Bank; WTO; World Trade Organization; World Health Organization
    WHO; UNESCO; Unesco; UNICEF; Unicef; UNHCR; UNRWA; UNDP; FAO; IAEA; ILO; Interpol; Europol
    Red Cross; Red Crescent; ICRC; Amnesty International; Human Rights Watch; Greenpeace
    Medecins Sans Frontieres; Doctors Without Borders; MSF; Oxfam; African Union; Arab League
    ASEAN; Asean; APEC; Apec; G7; G8; G20; Commonwealth; OECD; CSTO; SCO; BRICS; Mercosur; NAFTA
    Security Council; General Assembly; International Court of Justice; ICJ; ICC
    International Criminal Court; International Olympic Committee; IOC; FIFA; Fifa; UEFA; Uefa
    ATP; WTA; NBA; NFL; NHL; MLB; NCAA; ICC; IAAF; Formula One; Kremlin; Pentagon; White House
    Congress; Senate; House of Representatives; House of Commons; House of Lords; Parliament; Duma
    State Duma; Bundestag; Bundesbank; Bundesrat; Knesset; Supreme Court; Federal Reserve; Fed
    CIA; FBI; NSA; KGB; FSB; MI5; MI6; Mossad; Pentagon; Scotland Yard; Downing Street; Elysee
    Elysée; Vatican; Holy See; Taliban; Hamas; Hezbollah; Hizbollah; Al Qaeda; al-Qaeda; al Qaeda
    Islamic State; ISIS; ISIL; PLO; IRA; ETA; PKK; Sinn Fein; Fatah; Politburo; Labour; Tories
    Reuters; AFP; Agence France-Presse; Agence France Presse; AP; Associated Press; Bloomberg
    Xinhua; Interfax; Itar-Tass; ITAR-TASS; Tass; TASS; RIA Novosti; RIA; Kyodo; Yonhap; Anadolu
    Al Jazeera; BBC; CNN; NPR; PBS; ABC; CBS; NBC; Fox News; Sky News; Getty Images; Getty
    EPA; Dow Jones; Nasdaq; NASDAQ; New York Stock Exchange; NYSE; London Stock Exchange
    Financial Times; Wall Street Journal; New York Times; Washington Post; The Guardian; Guardian
    The Times; Der Spiegel; Le Monde; Pravda; Izvestia; Kommersant; Nikkei; Ekho Moskvy
    Microsoft; Apple; Google; Amazon; Facebook; Meta; IBM; Intel; General Motors; GM; Ford; Chrysler
    Toyota; Honda; Nissan; Volkswagen; BMW; Daimler; Siemens; Sony; Samsung; Boeing; Airbus
    Gazprom; Rosneft; Lukoil; Shell; Royal Dutch Shell; BP; Exxon; ExxonMobil; Chevron; Total
    Aeroflot; Lufthansa; British Airways; Air France; KLM; Nestle; Unilever; Philips; Nokia
    Ericsson; Barclays; HSBC; Citigroup; Citibank; Goldman Sachs; Morgan Stanley; JP Morgan
    Deutsche Bank; UBS; Credit Suisse; Standard & Poor's; Moody's; Fitch; Visa; Mastercard
    """

    /// Words that end an organisation's name.
    static let heads = """
    Inc; Corp; Corporation; Co; Company; Ltd; Limited; Plc; PLC; LLC; AG; GmbH; SA; NV; BV; SpA
    Group; Holdings; Holding; Partners; Associates; Industries; Enterprises; Systems; Technologies
    Bank; Bancorp; Airlines; Airways; Motors; Petroleum; Oil; Gas; Energy; Mining; Steel; Telecom
    Communications; Pharmaceuticals; Insurance; Securities; Capital; Fund; Trust; Exchange
    Ministry; Department; Office; Agency; Authority; Commission; Committee; Council; Board; Bureau
    Service; Services; Directorate; Secretariat; Inspectorate; Administration; Cabinet; Parliament
    Assembly; Congress; Senate; Court; Tribunal; Police; Army; Navy; Force; Forces; Guard; Command
    University; College; Institute; Institution; School; Academy; Laboratory; Laboratories; Centre
    Center; Foundation; Society; Association; Federation; Union; League; Alliance; Coalition; Front
    Movement; Party; Organization; Organisation; Network; Initiative; Council; Church; Mission
    Club; United; Rovers; Wanderers; Athletic; Albion; Hotspur; City FC; FC
    Times; Post; Journal; Herald; Tribune; News; Gazette; Telegraph; Press; Radio
    Television; TV; Broadcasting; Media; Magazine; Monitor; Observer; Chronicle
    Lines; Shipping; Railways; Railway; Rail; Transport; Logistics; Port Authority; Images; Studios
    Records; Pictures; Entertainment; Hospital; Clinic; Museum; Library; Orchestra; Brigade
    Battalion; Regiment; Division; Corps; Squad; Team; Consortium; Cartel; Syndicate; Commissariat
    Management; Ventures; Investments; Investment; Advisors; Advisers; Consulting; Consultants
    Solutions; Software; Labs; Brands; Foods; Pharma; Therapeutics; Biotech; Robotics; Resources
    Properties; Realty; Hotels; Resorts; Bancorp; Bancshares; Financial; Electric; Electronics
    Chemicals; Aerospace; Automotive; Power; Left; Ltda; SAS; SARL; AB; ASA; Oyj; KK; Pty; Bhd
    """

    /// Heads that take `of`, `for`, `on` or `and` and more capitalised words after them.
    static let headsTakingOf = """
    Bank; Ministry; Department; Office; Agency; Authority; Commission; Committee; Council; Board
    Bureau; Court; University; College; Institute; School; Academy; Centre; Center; Foundation
    Society; Association; Federation; Union; League; Alliance; Front; Movement; Party; Organization
    Organisation; Church; Port; Chamber; House; Confederation; Conference; Fund; Corporation
    Secretariat; Directorate; Service; Army; Forces; Police; Guard; Order; Congress; Assembly
    Parliament; Tribunal; Museum; Library; Network; Coalition; Program; Programme; Treaty
    """

    /// Lower-case nouns that name a kind of organisation, for `the X company` and appositions.
    static let nouns = """
    company; firm; group; agency; organisation; organization; party; club; team; side; bank
    ministry; council; committee; union; association; newspaper; broadcaster; channel; network
    airline; carrier; insurer; lender; retailer; maker; manufacturer; producer; exporter; operator
    university; institute; charity; movement; alliance; coalition; federation; league; body
    chain; daily; weekly; magazine; carmaker; automaker; conglomerate; refiner; miner; brewer
    start-up; startup; app; website; platform; brand; developer; supplier; fund; insurer
    think-tank; thinktank; watchdog; regulator; tribunal; court; school; institution; faction
    """

    /// Words that open a club's or company's name (`Real Madrid`, `FC Porto`, `Dynamo Kiev`).
    static let prefixes = """
    FC; AC; AS; SC; CF; CD; SD; RC; SV; VfB; VfL; TSV; FK; NK; KV; PSV; Real; Atletico; Atlético
    Sporting; Dynamo; Dinamo; Olympique; Olympiakos; Inter; Borussia; Racing; Deportivo; Union
    Partido; Partito; Parti; Partei; Partij; Frente; Movimiento; Movimento; Mouvement; Alianza
    Alleanza; Unión; Unidad; Banco; Banca; Banque; Grupo; Gruppo; Groupe; Instituto; Istituto
    Institut; Universidad; Universidade; Università; Université; Universiteit; Universität
    Fundación; Fundação; Fondazione; Fondation; Stiftung; Sociedad; Société; Compañía; Compagnie
    Consejo; Conselho; Comisión; Comité; Ministerio; Ministério; Ministère; Congreso; Asamblea
    Confederación; Federación; Sindicato; Corporación; Empresa; Agencia; Agência; Agence; Asociación
    Associação; Associazione; Tribunal; Juzgado; Policía; Ejército; Fuerza; Fuerzas; Bloque
    """
}
