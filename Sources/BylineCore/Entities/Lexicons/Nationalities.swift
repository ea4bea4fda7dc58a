/// Nationalities, peoples and the adjectives of places: never names of their own, but they
/// open titles (`Kazakh President`) and make places of landforms (`Crimean peninsula`).
enum Nationalities {
    static let words = """
    Afghan; Afghans; Albanian; Albanians; Algerian; Algerians; American; Americans; Angolan; Argentine
    Argentinian; Argentines; Armenian; Armenians; Australian; Australians; Austrian; Austrians
    Azerbaijani; Azeri; Azeris; Bahraini; Bangladeshi; Belarusian; Belarussian; Byelorussian; Belgian
    Belgians; Bolivian; Bosnian; Bosnians; Brazilian; Brazilians; British; Briton; Britons; Bulgarian
    Bulgarians; Burmese; Burundian; Cambodian; Cameroonian; Canadian; Canadians; Chadian; Chilean
    Chileans; Chinese; Colombian; Colombians; Congolese; Croat; Croats; Croatian; Croatians; Cuban
    Cubans; Cypriot; Cypriots; Czech; Czechs; Danish; Dane; Danes; Dominican; Dutch; Dutchman; Ecuadorean
    Ecuadorian; Egyptian; Egyptians; Emirati; English; Englishman; Eritrean; Estonian; Estonians
    Ethiopian; Ethiopians; European; Europeans; Filipino; Filipinos; Finnish; Finn; Finns; French
    Frenchman; Gabonese; Georgian; Georgians; German; Germans; Ghanaian; Greek; Greeks; Guatemalan
    Guinean; Haitian; Honduran; Hungarian; Hungarians; Icelandic; Indian; Indians; Indonesian
    Indonesians; Iranian; Iranians; Iraqi; Iraqis; Irish; Irishman; Israeli; Israelis; Italian
    Italians; Ivorian; Jamaican; Japanese; Jordanian; Kazakh; Kazakhs; Kazakhstani; Kenyan; Kenyans
    Korean; Koreans; Kosovar; Kosovan; Kuwaiti; Kyrgyz; Kirghiz; Lao; Laotian; Latvian; Lebanese
    Liberian; Libyan; Libyans; Lithuanian; Luxembourger; Macedonian; Malagasy; Malawian; Malaysian
    Malian; Maltese; Mauritanian; Mexican; Mexicans; Moldovan; Mongolian; Montenegrin; Moroccan
    Moroccans; Mozambican; Namibian; Nepali; Nepalese; New Zealander; Nicaraguan; Nigerian; Nigerians
    Norwegian; Norwegians; Omani; Pakistani; Pakistanis; Palestinian; Palestinians; Panamanian
    Paraguayan; Peruvian; Philippine; Polish; Pole; Poles; Portuguese; Qatari; Romanian; Romanians
    Russian; Russians; Rwandan; Salvadoran; Saudi; Saudis; Scottish; Scot; Scots; Senegalese; Serb
    Serbs; Serbian; Sierra Leonean; Singaporean; Slovak; Slovaks; Slovenian; Slovene; Somali; Somalis
    Spanish; Spaniard; Spaniards; Sri Lankan; Sudanese; Swedish; Swede; Swedes; Swiss; Syrian; Syrians
    Taiwanese; Tajik; Tanzanian; Thai; Tibetan; Togolese; Trinidadian; Tunisian; Turkish; Turk; Turks
    Turkmen; Ugandan; Ukrainian; Ukrainians; Uruguayan; Uzbek; Uzbeks; Venezuelan; Vietnamese; Welsh
    Yemeni; Yugoslav; Zambian; Zimbabwean; Zimbabweans; Soviet; Soviets; Arab; Arabs; Arabic; Persian
    Kurd; Kurds; Kurdish; Pashtun; Baluch; Uighur; Uyghur; Uighurs; Uyghurs; Tatar; Tatars; Chechen
    Chechens; Basque; Basques; Catalan; Flemish; Walloon; Bavarian; Sicilian; Caucasian; Balkan
    Baltic; Scandinavian; Nordic; Slav; Slavic; Latin; Hispanic; Asian; Asians; African; Africans
    Western; Eastern; Northern; Southern; Central Asian; Middle Eastern; Mediterranean; Caribbean
    Crimean; Siberian; Texan; Californian; Londoner; Muscovite; Parisian; Sunni; Shia; Shi'ite
    Shiite; Muslim; Muslims; Moslem; Moslems; Christian; Christians; Catholic; Catholics; Protestant
    Protestants; Orthodox; Jewish; Jew; Jews; Hindu; Hindus; Buddhist; Buddhists; Sikh; Sikhs
    Islamic; Islamist; Islamists; Communist; Communists; Marxist; Maoist; Republican; Republicans
    Democrat; Democrats; Democratic; Conservative; Conservatives; Socialist; Socialists; Liberal; Liberals
    Labourite; Tory; Tories; Gaullist; Zionist; Bolshevik; Nazi; Nazis; Fascist; Olympic; Olympics
    Paralympic; Paralympics; Anglo; Franco; Sino; Afro; Euro; Eurasian; Pan-African; Pan-Arab
    """
}
