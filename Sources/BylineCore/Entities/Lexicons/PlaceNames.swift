/// Hand-written gazetteer: countries, their capitals and largest cities, US states and other
/// first-level divisions, regions, seas and landmarks that news names without a cue.
/// Entries are separated by `;` or line breaks.
enum PlaceNames {
    static let countries = """
    Afghanistan; Albania; Algeria; Andorra; Angola; Antigua; Argentina; Armenia; Australia; Austria
    Azerbaijan; Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia
    Bosnia; Bosnia and Herzegovina; Herzegovina; Botswana; Brazil; Brunei; Bulgaria; Burkina Faso; Burundi
    Cambodia; Cameroon; Canada; Cape Verde; Chad; Chile; China; Colombia; Comoros; Congo; Costa Rica
    Croatia; Cuba; Cyprus; Czech Republic; Czechia; Czechoslovakia; Denmark; Djibouti; Dominica
    Dominican Republic; East Timor; Timor-Leste; Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea
    Estonia; Eswatini; Swaziland; Ethiopia; Fiji; Finland; France; Gabon; Gambia; Georgia; Germany; Ghana
    Greece; Grenada; Guatemala; Guinea; Guinea-Bissau; Guyana; Haiti; Honduras; Hungary; Iceland; India
    Indonesia; Iran; Iraq; Ireland; Israel; Italy; Ivory Coast; Jamaica; Japan; Jordan; Kazakhstan; Kenya
    Kiribati; Kosovo; Kuwait; Kyrgyzstan; Kirghizia; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya
    Liechtenstein; Lithuania; Luxembourg; Macedonia; North Macedonia; Madagascar; Malawi; Malaysia
    Maldives; Mali; Malta; Mauritania; Mauritius; Mexico; Micronesia; Moldova; Monaco; Mongolia
    Montenegro; Morocco; Mozambique; Myanmar; Burma; Namibia; Nauru; Nepal; Netherlands; Holland
    New Zealand; Nicaragua; Niger; Nigeria; North Korea; Norway; Oman; Pakistan; Palau; Palestine
    Panama; Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania; Russia
    Rwanda; Samoa; San Marino; Saudi Arabia; Senegal; Serbia; Seychelles; Sierra Leone; Singapore
    Slovakia; Slovenia; Solomon Islands; Somalia; South Africa; South Korea; South Sudan; Spain
    Sri Lanka; Sudan; Suriname; Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand
    Togo; Tonga; Trinidad; Trinidad and Tobago; Tobago; Tunisia; Turkey; Turkmenistan; Tuvalu; Uganda
    Ukraine; United Arab Emirates; UAE; United Kingdom; UK; U.K.; Britain; Great Britain; England
    Scotland; Wales; Northern Ireland; United States; United States of America; US; U.S.; USA
    America; Uruguay; Uzbekistan; Vanuatu; Vatican; Venezuela; Vietnam; Viet Nam; Yemen; Zambia
    Zimbabwe; Zaire; Yugoslavia; Soviet Union; USSR; Korea; Greenland; Puerto Rico; Hong Kong; Macau
    Macao; Gibraltar; Faroe Islands; Bermuda; Cayman Islands; Tibet; Chechnya; Kurdistan; Abkhazia
    Transnistria; Western Sahara; Gaza; Gaza Strip; West Bank; Palestinian territories; Crimea
    Russian Federation; Republic of Ireland; Ulster; Catalonia; Flanders; Wallonia; Bavaria
    """

    static let cities = """
    Kabul; Tirana; Algiers; Luanda; Buenos Aires; Yerevan; Canberra; Sydney; Melbourne; Brisbane; Perth
    Adelaide; Vienna; Baku; Nassau; Manama; Dhaka; Minsk; Brussels; Antwerp; La Paz; Sarajevo; Brasilia
    Rio de Janeiro; Sao Paulo; São Paulo; Sofia; Phnom Penh; Yaounde; Ottawa; Toronto; Montreal
    Vancouver; Calgary; Santiago; Beijing; Peking; Shanghai; Guangzhou; Shenzhen; Tianjin; Wuhan
    Chongqing; Chengdu; Nanjing; Harbin; Lhasa; Bogota; Bogotá; Medellin; Kinshasa; Brazzaville
    San Jose; Zagreb; Havana; Nicosia; Prague; Copenhagen; Santo Domingo; Quito; Cairo; Alexandria
    San Salvador; Tallinn; Addis Ababa; Helsinki; Paris; Marseille; Lyon; Toulouse; Nice; Bordeaux
    Strasbourg; Libreville; Banjul; Tbilisi; Berlin; Bonn; Hamburg; Munich; Frankfurt; Cologne
    Stuttgart; Dusseldorf; Düsseldorf; Leipzig; Dresden; Hanover; Accra; Athens; Thessaloniki
    Guatemala City; Conakry; Port-au-Prince; Tegucigalpa; Budapest; Reykjavik; New Delhi; Delhi
    Mumbai; Bombay; Kolkata; Calcutta; Chennai; Madras; Bangalore; Bengaluru; Hyderabad; Karachi
    Lahore; Islamabad; Rawalpindi; Peshawar; Jakarta; Surabaya; Tehran; Isfahan; Baghdad; Basra; Mosul
    Erbil; Dublin; Belfast; Jerusalem; Tel Aviv; Haifa; Rome; Milan; Naples; Turin; Florence; Venice
    Genoa; Bologna; Palermo; Kingston; Tokyo; Osaka; Kyoto; Yokohama; Nagoya; Kobe; Hiroshima
    Amman; Astana; Nur-Sultan; Almaty; Aktau; Shymkent; Karaganda; Nairobi; Mombasa; Pristina
    Kuwait City; Bishkek; Vientiane; Riga; Beirut; Monrovia; Tripoli; Benghazi; Vilnius; Skopje
    Antananarivo; Lilongwe; Kuala Lumpur; Bamako; Valletta; Nouakchott; Mexico City; Guadalajara
    Monterrey; Tijuana; Chisinau; Ulan Bator; Ulaanbaatar; Podgorica; Rabat; Casablanca; Maputo
    Yangon; Rangoon; Windhoek; Kathmandu; Amsterdam; Rotterdam; The Hague; Delft; Utrecht; Eindhoven
    Wellington; Auckland; Managua; Niamey; Lagos; Abuja; Kano; Pyongyang; Oslo; Muscat; Panama City
    Asuncion; Asunción; Lima; Manila; Warsaw; Krakow; Gdansk; Lisbon; Porto; Doha; Bucharest; Moscow
    St Petersburg; St. Petersburg; Saint Petersburg; Novosibirsk; Yekaterinburg; Vladivostok; Grozny
    Kigali; Riyadh; Jeddah; Mecca; Medina; Dakar; Belgrade; Freetown; Bratislava; Ljubljana
    Mogadishu; Pretoria; Johannesburg; Cape Town; Durban; Seoul; Busan; Juba; Madrid; Barcelona
    Valencia; Seville; Bilbao; Colombo; Khartoum; Paramaribo; Stockholm; Gothenburg; Bern; Berne
    Zurich; Geneva; Basel; Lausanne; Damascus; Aleppo; Homs; Taipei; Dushanbe; Dar es Salaam
    Dodoma; Bangkok; Lome; Tunis; Ankara; Istanbul; Izmir; Ashgabat; Kampala; Kiev; Kyiv; Kharkiv
    Kharkov; Odessa; Odesa; Lviv; Donetsk; Luhansk; Abu Dhabi; Dubai; London; Manchester; Liverpool
    Birmingham; Leeds; Glasgow; Edinburgh; Cardiff; Bristol; Oxford; Cambridge; Washington
    New York; New York City; Kansas City; Oklahoma City; Salt Lake City; Atlantic City; Quebec City; Los Angeles; Chicago; Houston; Philadelphia; Phoenix; San Antonio
    San Diego; Dallas; San Francisco; Boston; Seattle; Miami; Atlanta; Detroit; Denver; Baltimore
    New Orleans; Las Vegas; Pittsburgh; Cleveland; Cincinnati; St Louis; St. Louis; Minneapolis
    Montevideo; Tashkent; Samarkand; Caracas; Hanoi; Ho Chi Minh City; Saigon; Sanaa; Aden; Lusaka
    Harare; Bulawayo; Valparaiso; Valparaíso; Marseilles; Gdynia; Mostar; Srebrenica; Tuzla; Hebron
    Ramallah; Nablus; Jenin; Kandahar; Herat; Mazar-i-Sharif; Jalalabad; Dili; Kaliningrad; Sochi
    Murmansk; Kazan; Samara; Volgograd; Rostov; Omsk; Irkutsk; Chelyabinsk; Nizhny Novgorod
    Hong Kong; Macau; Singapore; Monaco; Luxembourg; Vatican City; Gaborone; Maseru; Mbabane
    Port Louis; Bujumbura; Asmara; Ndjamena; N'Djamena; Bangui; Malabo; Sao Tome
    Ouagadougou; Abidjan; Yamoussoukro; Porto-Novo; Cotonou; Bissau; Praia; Moroni; Port Moresby
    Suva; Apia; Honiara; Hobart; Winnipeg; Edmonton
    """

    static let divisions = """
    Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida
    Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland
    Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada
    New Hampshire; New Jersey; New Mexico; North Carolina; North Dakota; Ohio; Oklahoma; Oregon
    Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont
    Virginia; West Virginia; Wisconsin; Wyoming; District of Columbia
    Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick
    Newfoundland; New South Wales; Queensland; Tasmania; Western Australia; South Australia
    Northern Territory; Punjab; Kashmir; Jammu; Kerala; Bengal; West Bengal; Gujarat; Assam
    Tamil Nadu; Sindh; Baluchistan; Balochistan; Xinjiang; Guangdong; Sichuan; Yunnan; Hainan
    Inner Mongolia; Manchuria; Siberia; Dagestan; Ingushetia; Tatarstan; Bashkortostan; Kurdistan
    Aceh; Java; Sumatra; Borneo; Sulawesi; Bali; Mindanao; Luzon; Okinawa; Hokkaido; Kyushu
    Darfur; Kordofan; Katanga; Kivu; Biafra; Natal; KwaZulu-Natal; Transvaal; Galilee; Sinai
    Negev; Golan; Golan Heights; Nagorno-Karabakh; South Ossetia; Donbas; Donbass
    Lombardy; Tuscany; Sicily; Sardinia; Corsica; Brittany; Normandy; Provence; Andalusia; Galicia
    Basque Country; Saxony; Bavaria; Silesia; Transylvania; Bohemia; Moravia; Dalmatia; Slavonia
    Kent; Surrey; Essex; Sussex; Yorkshire; Lancashire; Cornwall; Devon; Somerset; Ulster
    """

    static let regions = """
    Europe; Asia; Africa; North America; South America; Latin America; Central America; Oceania
    Antarctica; Antarctic; Arctic; Middle East; Near East; Far East; Southeast Asia; South Asia
    East Asia; Central Asia; Asia-Pacific; Asia Pacific; Eastern Europe; Western Europe
    Central Europe; Northern Europe; Southern Europe; Scandinavia; Balkans; Baltics; Caucasus
    North Caucasus; Horn of Africa; Sahel; Sahara; West Africa; East Africa; North Africa
    Southern Africa; Central Africa; Sub-Saharan Africa; Maghreb; Gulf; Persian Gulf; Arabian Peninsula
    Mediterranean; Caribbean; Pacific; Atlantic; Indian Ocean; Pacific Ocean; Atlantic Ocean
    Arctic Ocean; Black Sea; Caspian Sea; Red Sea; Dead Sea; North Sea; Baltic Sea; Baltic
    Aegean; Aegean Sea; Adriatic; Adriatic Sea; South China Sea; East China Sea; Sea of Japan
    Yellow Sea; Arabian Sea; Mediterranean Sea; Caribbean Sea; Irish Sea; Gulf of Mexico
    Strait of Hormuz; Strait of Gibraltar; Bosphorus; Suez Canal; Panama Canal; English Channel
    Lake Balkhash; Lake Victoria; Lake Geneva; Nile; Amazon; Danube; Rhine; Thames; Volga; Yangtze
    Mekong; Ganges; Indus; Euphrates; Tigris; Jordan River; Mississippi River; Himalayas
    Alps; Andes; Urals; Rockies; Pyrenees
    """
}
