// A compact gazetteer (French and English): countries with their demonyms, major cities, regions,
// well-known organisations, titles and role nouns. It exists so one-word names ("Moscou", "Kremlin")
// and adjectives ("iranien", "nord-coréen") are classified without a statistical model; coverage
// aims at international news, not completeness. Lookups go through maps built once at load time.

import { CITIES_BY_COUNTRY } from './cities';

export type PlaceKind = 'city' | 'country' | 'region' | 'continent' | 'other';

// Countries: French name | English name(s) | French masculine demonym | English demonym.
// Alternative names are separated by "/".
const COUNTRIES = `Afghanistan|Afghanistan|afghan|Afghan
Afrique du Sud|South Africa|sud-africain|South African
Albanie|Albania|albanais|Albanian
Algérie|Algeria|algérien|Algerian
Allemagne|Germany|allemand|German
Angola|Angola|angolais|Angolan
Arabie saoudite|Saudi Arabia|saoudien|Saudi
Argentine|Argentina|argentin|Argentinian/Argentine
Arménie|Armenia|arménien|Armenian
Australie|Australia|australien|Australian
Autriche|Austria|autrichien|Austrian
Azerbaïdjan|Azerbaijan|azerbaïdjanais|Azerbaijani
Bahreïn|Bahrain|bahreïni|Bahraini
Bangladesh|Bangladesh|bangladais|Bangladeshi
Belgique|Belgium|belge|Belgian
Biélorussie/Bélarus|Belarus|biélorusse|Belarusian
Birmanie/Myanmar|Myanmar/Burma|birman|Burmese
Bolivie|Bolivia|bolivien|Bolivian
Bosnie-Herzégovine/Bosnie|Bosnia and Herzegovina/Bosnia|bosnien|Bosnian
Brésil|Brazil|brésilien|Brazilian
Bulgarie|Bulgaria|bulgare|Bulgarian
Burkina Faso|Burkina Faso|burkinabé|Burkinabe
Cambodge|Cambodia|cambodgien|Cambodian
Cameroun|Cameroon|camerounais|Cameroonian
Canada|Canada|canadien|Canadian
Chili|Chile|chilien|Chilean
Chine|China|chinois|Chinese
Chypre|Cyprus|chypriote|Cypriot
Colombie|Colombia|colombien|Colombian
Congo/République démocratique du Congo/RDC|Congo/Democratic Republic of the Congo/DRC|congolais|Congolese
Corée|Korea|coréen|Korean
Corée du Nord|North Korea|nord-coréen|North Korean
Corée du Sud|South Korea|sud-coréen|South Korean
Côte d'Ivoire|Ivory Coast/Côte d'Ivoire|ivoirien|Ivorian
Croatie|Croatia|croate|Croatian
Cuba|Cuba|cubain|Cuban
Danemark|Denmark|danois|Danish
Égypte|Egypt|égyptien|Egyptian
Émirats arabes unis|United Arab Emirates/UAE|émirati|Emirati
Équateur|Ecuador|équatorien|Ecuadorian
Érythrée|Eritrea|érythréen|Eritrean
Espagne|Spain|espagnol|Spanish
Estonie|Estonia|estonien|Estonian
États-Unis/USA|United States/United States of America/USA/US/U.S.|américain|American
Éthiopie|Ethiopia|éthiopien|Ethiopian
Finlande|Finland|finlandais|Finnish
France|France|français|French
Géorgie|Georgia|géorgien|Georgian
Ghana|Ghana|ghanéen|Ghanaian
Grèce|Greece|grec|Greek
Guatemala|Guatemala|guatémaltèque|Guatemalan
Haïti|Haiti|haïtien|Haitian
Hongrie|Hungary|hongrois|Hungarian
Inde|India|indien|Indian
Indonésie|Indonesia|indonésien|Indonesian
Irak|Iraq|irakien|Iraqi
Iran|Iran|iranien|Iranian
Irlande|Ireland|irlandais|Irish
Islande|Iceland|islandais|Icelandic
Israël|Israel|israélien|Israeli
Italie|Italy|italien|Italian
Japon|Japan|japonais|Japanese
Jordanie|Jordan|jordanien|Jordanian
Kazakhstan|Kazakhstan|kazakh|Kazakh
Kenya|Kenya|kényan|Kenyan
Kosovo|Kosovo|kosovar|Kosovar
Koweït|Kuwait|koweïtien|Kuwaiti
Laos|Laos|laotien|Laotian
Lettonie|Latvia|letton|Latvian
Liban|Lebanon|libanais|Lebanese
Libye|Libya|libyen|Libyan
Lituanie|Lithuania|lituanien|Lithuanian
Luxembourg|Luxembourg|luxembourgeois|Luxembourgish
Madagascar|Madagascar|malgache|Malagasy
Malaisie|Malaysia|malaisien|Malaysian
Mali|Mali|malien|Malian
Maroc|Morocco|marocain|Moroccan
Mauritanie|Mauritania|mauritanien|Mauritanian
Mexique|Mexico|mexicain|Mexican
Moldavie|Moldova|moldave|Moldovan
Mongolie|Mongolia|mongol|Mongolian
Monténégro|Montenegro|monténégrin|Montenegrin
Mozambique|Mozambique|mozambicain|Mozambican
Népal|Nepal|népalais|Nepalese
Nicaragua|Nicaragua|nicaraguayen|Nicaraguan
Niger|Niger|nigérien|Nigerien
Nigeria|Nigeria|nigérian|Nigerian
Norvège|Norway|norvégien|Norwegian
Nouvelle-Zélande|New Zealand|néo-zélandais|New Zealander
Oman|Oman|omanais|Omani
Ouganda|Uganda|ougandais|Ugandan
Ouzbékistan|Uzbekistan|ouzbek|Uzbek
Pakistan|Pakistan|pakistanais|Pakistani
Palestine|Palestine|palestinien|Palestinian
Panama|Panama|panaméen|Panamanian
Paraguay|Paraguay|paraguayen|Paraguayan
Pays-Bas/Hollande|Netherlands/Holland|néerlandais|Dutch
Pérou|Peru|péruvien|Peruvian
Philippines|Philippines|philippin|Filipino
Pologne|Poland|polonais|Polish
Portugal|Portugal|portugais|Portuguese
Qatar|Qatar|qatari|Qatari
Roumanie|Romania|roumain|Romanian
Royaume-Uni/Grande-Bretagne|United Kingdom/UK/U.K./Britain/Great Britain|britannique|British
Russie|Russia|russe|Russian
Rwanda|Rwanda|rwandais|Rwandan
Sénégal|Senegal|sénégalais|Senegalese
Serbie|Serbia|serbe|Serbian
Singapour|Singapore|singapourien|Singaporean
Slovaquie|Slovakia|slovaque|Slovak
Slovénie|Slovenia|slovène|Slovenian
Somalie|Somalia|somalien|Somali
Soudan|Sudan|soudanais|Sudanese
Soudan du Sud|South Sudan|sud-soudanais|South Sudanese
Sri Lanka|Sri Lanka|sri-lankais|Sri Lankan
Suède|Sweden|suédois|Swedish
Suisse|Switzerland|suisse/suissesse|Swiss
Syrie|Syria|syrien|Syrian
Tadjikistan|Tajikistan|tadjik|Tajik
Taïwan/Taiwan|Taiwan|taïwanais|Taiwanese
Tanzanie|Tanzania|tanzanien|Tanzanian
Tchad|Chad|tchadien|Chadian
Tchéquie/République tchèque|Czech Republic/Czechia|tchèque|Czech
Thaïlande|Thailand|thaïlandais|Thai
Tunisie|Tunisia|tunisien|Tunisian
Bénin|Benin|béninois|Beninese
Gabon|Gabon|gabonais|Gabonese
Togo|Togo|togolais|Togolese
Guinée|Guinea|guinéen|Guinean
Guinée-Bissau|Guinea-Bissau|bissau-guinéen|Bissau-Guinean
Guinée équatoriale|Equatorial Guinea|équato-guinéen|Equatorial Guinean
Burundi|Burundi|burundais|Burundian
Centrafrique/République centrafricaine|Central African Republic|centrafricain|Central African
Comores|Comoros|comorien|Comorian
Djibouti|Djibouti|djiboutien|Djiboutian
Monaco|Monaco|monégasque|Monegasque
Cap-Vert|Cape Verde/Cabo Verde|cap-verdien|Cape Verdean
Île Maurice|Mauritius|mauricien|Mauritian
Liberia|Liberia|libérien|Liberian
Sierra Leone|Sierra Leone|sierra-léonais|Sierra Leonean
Gambie|Gambia/The Gambia|gambien|Gambian
Érythrée/Erythrée|Eritrea|érythréen|Eritrean
Namibie|Namibia|namibien|Namibian
Botswana|Botswana|botswanais|Botswanan
Malawi|Malawi|malawite|Malawian
Eswatini/Swaziland|Eswatini/Swaziland|swazi|Swazi
Seychelles|Seychelles|seychellois|Seychellois
Andorre|Andorra|andorran|Andorran
Liechtenstein|Liechtenstein|liechtensteinois|Liechtensteiner
Saint-Marin|San Marino|saint-marinais|Sammarinese
Malte|Malta|maltais|Maltese
Macédoine du Nord/Macédoine|North Macedonia/Macedonia|macédonien|Macedonian
Turkménistan|Turkmenistan|turkmène|Turkmen
Turquie|Turkey/Türkiye|turc|Turkish
Ukraine|Ukraine|ukrainien|Ukrainian
Union soviétique/URSS|Soviet Union/USSR|soviétique|Soviet
Uruguay|Uruguay|uruguayen|Uruguayan
Venezuela|Venezuela|vénézuélien|Venezuelan
Vietnam/Viêt Nam|Vietnam|vietnamien|Vietnamese
Yémen|Yemen|yéménite|Yemeni
Zambie|Zambia|zambien|Zambian
Zimbabwe|Zimbabwe|zimbabwéen|Zimbabwean
Antigua-et-Barbuda|Antigua and Barbuda|antiguais|Antiguan
Bahamas|Bahamas/The Bahamas|bahaméen|Bahamian
Barbade|Barbados|barbadien|Barbadian
Belize|Belize|bélizien|Belizean
Bhoutan|Bhutan|bhoutanais|Bhutanese
Brunei|Brunei|brunéien|Bruneian
Costa Rica|Costa Rica|costaricien|Costa Rican
Dominica|Dominica|dominiquais|Dominican
République dominicaine|Dominican Republic|dominicain|Dominican
Fidji|Fiji|fidjien|Fijian
Grenade|Grenada|grenadien|Grenadian
Guyana|Guyana|guyanien|Guyanese
Honduras|Honduras|hondurien|Honduran
Jamaïque|Jamaica|jamaïcain|Jamaican
Kirghizistan|Kyrgyzstan|kirghiz|Kyrgyz
Kiribati|Kiribati|kiribatien|I-Kiribati
Lesotho|Lesotho|lesothan|Basotho
Maldives|Maldives|maldivien|Maldivian
Îles Marshall|Marshall Islands|marshallais|Marshallese
Micronésie|Micronesia|micronésien|Micronesian
Nauru|Nauru|nauruan|Nauruan
Palaos/Palau|Palau|palaosien|Palauan
Papouasie-Nouvelle-Guinée|Papua New Guinea|papouan-néo-guinéen|Papua New Guinean
Saint-Kitts-et-Nevis|Saint Kitts and Nevis/St Kitts and Nevis/St. Kitts and Nevis|kittitien|Kittitian
Sainte-Lucie|Saint Lucia/St Lucia/St. Lucia|saint-lucien|Saint Lucian
Saint-Vincent-et-les-Grenadines|Saint Vincent and the Grenadines/St Vincent and the Grenadines/St. Vincent and the Grenadines|vincentais|Vincentian
Salvador|El Salvador|salvadorien|Salvadoran
Samoa|Samoa|samoan|Samoan
Sao Tomé-et-Principe/São Tomé-et-Príncipe|São Tomé and Príncipe/Sao Tome and Principe|santoméen|Santomean
Îles Salomon|Solomon Islands|salomonais|Solomon Islander
Suriname|Suriname|surinamais|Surinamese
Timor oriental/Timor-Leste|East Timor/Timor-Leste|est-timorais|Timorese
Tonga|Tonga|tongien|Tongan
Trinité-et-Tobago|Trinidad and Tobago|trinidadien|Trinidadian
Tuvalu|Tuvalu|tuvaluan|Tuvaluan
Vanuatu|Vanuatu|vanuatais|Ni-Vanuatu`;

const CITIES = `Moscou/Moscow Téhéran/Tehran Pyongyang Séoul/Seoul Kiev/Kyiv/Kiyv Damas/Damascus Beyrouth/Beirut
Bagdad/Baghdad Jérusalem/Jerusalem Tel-Aviv/Tel_Aviv Gaza_City Ramallah Amman Riyad/Riyadh Doha Dubaï/Dubai
Abou_Dhabi/Abu_Dhabi Le_Caire/Cairo Alexandrie/Alexandria Tripoli Tunis Alger/Algiers Rabat Casablanca Dakar
Abidjan Bamako Niamey Ouagadougou Kinshasa Brazzaville Nairobi Addis-Abeba/Addis_Ababa Khartoum Lagos Abuja Johannesburg
Le_Cap/Cape_Town Pretoria Ankara Istanbul Bakou/Baku Erevan/Yerevan Tbilissi/Tbilisi Minsk Varsovie/Warsaw
Prague Vienne/Vienna Budapest Bucarest/Bucharest Sofia Belgrade Athènes/Athens Rome Milan Naples Madrid
Barcelone/Barcelona Lisbonne/Lisbon Paris Marseille Lyon Toulouse Nice Nantes Strasbourg Bordeaux Lille
Bruxelles/Brussels Amsterdam La_Haye/The_Hague Berlin Munich Francfort/Frankfurt Hambourg/Hamburg Genève/Geneva
Zurich Berne/Bern Londres/London Manchester Édimbourg/Edinburgh Dublin Copenhague/Copenhagen Stockholm Oslo
Helsinki Riga Vilnius Tallinn Saint-Pétersbourg/Saint_Petersburg/St_Petersburg Kharkiv/Kharkov Odessa/Odesa
Marioupol/Mariupol Donetsk Louhansk/Luhansk Kherson Zaporijia/Zaporizhzhia Sébastopol/Sevastopol Koursk/Kursk
Pékin/Beijing Shanghai Hong_Kong Canton/Guangzhou Shenzhen Wuhan Taipei/Taipeh Tokyo Osaka Hiroshima Manille/Manila
Hanoï/Hanoi Bangkok Jakarta Kuala_Lumpur Singapour/Singapore New_Delhi Delhi Bombay/Mumbai Calcutta/Kolkata
Islamabad Karachi Lahore Kaboul/Kabul Kandahar Washington New_York Los_Angeles Chicago Houston San_Francisco
Boston Miami Seattle Atlanta Philadelphie/Philadelphia Detroit Dallas Las_Vegas Ottawa Montréal/Montreal
Toronto Vancouver Québec/Quebec_City Mexico/Mexico_City Bogota/Bogotá Caracas Lima Santiago Buenos_Aires
Brasilia Rio_de_Janeiro São_Paulo/Sao_Paulo La_Havane/Havana Sydney Melbourne Canberra Wellington Davos
Bruges Anvers/Antwerp Luxembourg Monaco Vatican Kaliningrad Vladivostok Mossoul/Mosul Alep/Aleppo Homs Idleb/Idlib
Raqqa Benghazi Sanaa Aden Mascate/Muscat Koweït_City/Kuwait_City Manama Téhéran Ispahan/Isfahan Mashhad Tabriz
Bouchehr/Bushehr Natanz Kazan Novossibirsk/Novosibirsk Irkoutsk/Irkutsk Grozny Belgorod Mourmansk/Murmansk`;

const REGIONS = `Moyen-Orient/Middle_East Proche-Orient/Near_East Extrême-Orient/Far_East Caucase/Caucasus
Caucase_du_Sud/South_Caucasus Caucase_du_Nord/North_Caucasus Balkans Sahel Maghreb Golfe/Gulf Golfe_Persique/Persian_Gulf
Crimée/Crimea Donbass/Donbas Gaza Bande_de_Gaza/bande_de_Gaza/Gaza_Strip Cisjordanie/West_Bank Kurdistan Cachemire/Kashmir
Tibet Xinjiang Sibérie/Siberia Catalogne/Catalonia Bretagne/Brittany Normandie/Normandy Alsace Corse/Corsica
Île-de-France Provence Occitanie Nouvelle-Aquitaine Auvergne-Rhône-Alpes Bourgogne-Franche-Comté Centre-Val_de_Loire Grand_Est
Hauts-de-France Pays_de_la_Loire Provence-Alpes-Côte_d’Azur Californie/California Texas Floride/Florida Alaska Hawaï/Hawaii Écosse/Scotland
Pays_de_Galles/Wales Angleterre/England Irlande_du_Nord/Northern_Ireland Bavière/Bavaria Ontario Haut-Karabakh/Nagorno-Karabakh
Golan/Golan_Heights Sinaï/Sinai Darfour/Darfur Arctique/Arctic Méditerranée/Mediterranean Mer_Noire/Black_Sea
Mer_Rouge/Red_Sea Mer_de_Chine_méridionale/South_China_Sea Pacifique/Pacific Atlantique/Atlantic Silicon_Valley
Porto_Rico/Puerto_Rico Groenland/Greenland Guam Bermudes/Bermuda Îles_Caïmans/Cayman_Islands Gibraltar Tahiti Anguilla
Montserrat Aruba Curaçao Macao/Macau Îles_Vierges/Virgin_Islands Îles_Féroé/Faroe_Islands Zanzibar La_Réunion/Réunion Guadeloupe Martinique Guyane Mayotte Nouvelle-Calédonie/New_Caledonia Polynésie_française/French_Polynesia
Ardèche Gard Hérault Gironde Isère Savoie Haute-Savoie Vaucluse Bouches-du-Rhône Alpes-Maritimes Aude Ariège Dordogne
Landes Finistère Morbihan Calvados Pas-de-Calais Moselle Bas-Rhin Haut-Rhin Doubs Vendée Charente Charente-Maritime
Haute-Garonne Pyrénées-Orientales Pyrénées-Atlantiques Lozère Aveyron Drôme Corrèze Creuse Cantal Puy-de-Dôme Allier
Yonne Seine-Saint-Denis Val-de-Marne Hauts-de-Seine Essonne Yvelines Val-d'Oise Seine-et-Marne Cornwall/Cornouailles
Scandinavie/Scandinavia Asie_centrale/Central_Asia Asie_du_Sud-Est/Southeast_Asia Afrique_de_l'Ouest/West_Africa
Amérique_latine/Latin_America Occident/West Donetsk_Oblast
Alabama Arizona Arkansas Colorado Connecticut Delaware Idaho Illinois Iowa Kansas Kentucky Louisiane/Louisiana
Massachusetts Michigan Minnesota Mississippi_State Missouri Montana Nebraska Nevada New_Hampshire New_Jersey
Nouveau-Mexique/New_Mexico État_de_New_York/New_York_State Caroline_du_Nord/North_Carolina Caroline_du_Sud/South_Carolina
Dakota_du_Nord/North_Dakota Dakota_du_Sud/South_Dakota Ohio Oklahoma Oregon Pennsylvanie/Pennsylvania Rhode_Island
Tennessee Utah Vermont Virginie-Occidentale/West_Virginia Wisconsin Wyoming Colombie-Britannique/British_Columbia
Alberta Manitoba Saskatchewan Nouvelle-Écosse/Nova_Scotia Cornouailles/Cornwall Devon Kent Yorkshire Lancashire
Pendjab/Punjab Cachemire_indien Jammu-et-Cachemire/Jammu_and_Kashmir/Jammu_&_Kashmir Manipur Assam Kerala Bengale/Bengal Bengale-Occidental/West_Bengal Gujarat Rajasthan
Uttar_Pradesh Maharashtra Tamil_Nadu Bihar Queensland Nouvelle-Galles_du_Sud/New_South_Wales Victoria_State Tasmanie/Tasmania`;

// Rivers, mountain ranges and seas: places that are neither cities nor countries.
const OTHER_PLACES = `Rhin/Rhine Danube Seine Loire Rhône/Rhone Garonne Meuse Moselle Tamise/Thames Elbe Oder Volga Dniepr/Dnipro/Dnieper
Don Nil/Nile Niger_River Congo_River Amazone/Amazon Mississippi Tigre/Tigris Euphrate/Euphrates Jourdain/Jordan_River
Mékong/Mekong Gange/Ganges Yangtsé/Yangtze Alpes/Alps Pyrénées/Pyrenees Himalaya Oural/Urals Carpates/Carpathians
Andes Rocheuses/Rockies Sahara Baltique/Baltic Manche/English_Channel Bosphore/Bosphorus Mont_Blanc Everest
Etna Vésuve/Vesuvius Kilimandjaro/Kilimanjaro Fuji/Mount_Fuji Massif_central Vosges Jura Cévennes Morvan
Océan_Indien/Indian_Ocean Océan_Atlantique/Atlantic_Ocean Océan_Pacifique/Pacific_Ocean Mer_du_Nord/North_Sea
Jupiter Saturne/Saturn Uranus Neptune Kuiper_belt/ceinture_de_Kuiper`;

const CONTINENTS = `Europe Asie/Asia Afrique/Africa Amérique/America Amérique_du_Nord/North_America
Amérique_du_Sud/South_America Océanie/Oceania Antarctique/Antarctica`;

// Organisations whose names give no structural cue (no "Agence", "Bank"…): one-word names,
// acronyms and companies frequent in news.
const ORGANISATIONS = `Kremlin Élysée Matignon Pentagone/Pentagon Maison_Blanche/White_House Quai_d'Orsay Downing_Street Bundestag
Knesset Lok_Sabha Rajya_Sabha Douma/Duma Riksdag Storting Folketing Oireachtas Dáil Sejm Congrès/Congress Sénat/Senate Parlement/Parliament Assemblée_nationale Conseil_de_sécurité/Security_Council
Nations_unies/Nations_Unies/United_Nations ONU/UN OTAN/NATO Union_européenne/European_Union UE/EU Commission_européenne/European_Commission
Parlement_européen/European_Parliament BCE/ECB FMI/IMF Banque_mondiale/World_Bank OMS/WHO OMC/WTO Unesco/UNESCO Unicef/UNICEF
AIEA/IAEA OPEP/OPEC G7 G20 BRICS Interpol Europol Croix-Rouge/Red_Cross Hamas Hezbollah Talibans/Taliban Al-Qaïda/Al-Qaeda
État_islamique/Islamic_State Daech/ISIS Wagner Gazprom Rosneft Aramco NASA ESA SpaceX Tesla Apple Google Alphabet Microsoft Amazon
Meta Facebook Instagram WhatsApp TikTok Twitter OpenAI Nvidia Intel IBM Samsung Huawei Sony Toyota Volkswagen Renault Stellantis
Airbus Boeing Dassault Thales Safran TotalEnergies Total EDF Engie SNCF BNP_Paribas Société_générale LVMH L'Oréal Danone Carrefour
Reuters AFP AP Associated_Press Bloomberg Tass TASS RIA_Novosti IRNA Xinhua Al_Jazeera BBC CNN Fox_News Le_Monde Le_Figaro
Libération Epoch_Times New_York_Times Washington_Post Guardian Financial_Times Wall_Street_Journal FBI CIA NSA KGB FSB GRU
Mossad CNRS INSEE Inserm Pasteur Sorbonne Harvard Stanford MIT Oxford Cambridge Fed Federal_Reserve Bourse Wall_Street
Sécurité_sociale Assurance_maladie Pôle_emploi France_Travail Santé_publique_France Météo-France Vatican Ligue_arabe/Arab_League Union_africaine/African_Union ASEAN OSCE OCDE/OECD Frontex Pfizer Moderna AstraZeneca Sanofi`;

// Words that open or close organisation names ("Agence nationale de…", "Mehr News Agency").
const ORG_HEADS_FR = `Agence Ministère Conseil Banque Organisation Institut Université Commission Comité Fédération Cour Office
Autorité Haut-Commissariat Parti Front Union Assemblée Caisse Société Compagnie Centre École Musée Fondation Association
Syndicat Confédération Tribunal Parlement Sénat Gouvernement Armée Forces Garde Direction Service Groupe Mouvement Ligue
Club Académie Observatoire Secrétariat Conférence Fonds Bureau Chambre Cabinet Laboratoire Hôpital Lycée Collège Régie Police
Gendarmerie Marine Haute Autorité ONG Entreprise Coalition Alliance Brigade Corps Délégation Mission Préfecture Mairie Région Département Division Faculté Unité État`;
const ORG_HEADS_EN = `Agency Ministry Department Council Bank Organization Organisation Institute University College Commission
Committee Federation Court Office Authority Party Union Assembly Company Corporation Corp Inc Ltd LLC Group Center Centre
School Museum Foundation Association Society Tribunal Parliament Senate Congress Government Army Navy Forces Guard Service
Movement League Club Academy Bureau Board Fund Chamber Laboratory Laboratories Hospital News Times Post Journal Herald Tribune
Gazette Press Television TV Radio Network Broadcasting Airlines Airways Motors Holdings Partners Capital Technologies Systems
Pharmaceuticals Energy Industries Trust Alliance Coalition Command Brigade Reserve Exchange Bancorp Media Studios Records
Administration Agencies Services Commissioners Secretariat Directorate Inspectorate Unit Units Health
Agence Observer Telegraph Monde Figaro NGO Athletic Athletics United Rovers Wanderers Albion Rangers FC AFC
Olympique Sporting Racing Dynamo Lab Labs Pharma Therapeutics Biotech Aerospace Robotics Foods Bancorp Society Services
Terminal Terminals Holding Logistics Shipping Mining Telecom Télécom`;

// Titles written before a name; they are never part of the name itself.
const TITLES = `M. MM. Mme Mmes Mlle Me Maître Maitre Dr Dr. Pr Pr. Mgr Mr Mr. Mrs Mrs. Ms Ms. Mx Sir Dame Lord Lady Prof. Professor
Gen. Col. Lt. Sgt. Capt. Adm. Rev. Sen. Rep. Gov. Hon. Cr Cr. Cllr Cllr. Insp. Supt. Maj. Brig. Cmdr. Cpl. Pte. Fr. Sr. Sister Brother Major`;

// Role nouns (comma-separated; multi-word allowed), the kind of word that precedes or follows a name
// ("le président iranien X", "X, chief executive of Y").
const ROLES_FR = `président, présidente, vice-président, vice-présidente, premier ministre, première ministre, ministre, vice-ministre, vice-premier ministre, chef, cheffe, dirigeant, dirigeante, dictateur, roi, reine, prince, princesse, pape, chancelier, chancelière, secrétaire général, secrétaire générale, secrétaire d'État, porte-parole, ambassadeur, ambassadrice, général, maréchal, amiral, colonel, commandant, député, députée, sénateur, sénatrice, maire, gouverneur, gouverneure, juge, procureur, procureure, directeur, directrice, directeur général, directrice générale, PDG, patron, patronne, fondateur, fondatrice, conseiller, conseillère, émir, ayatollah, guide suprême, homologue, journaliste, écrivain, écrivaine, chanteur, chanteuse, acteur, actrice, entraîneur, joueur, joueuse, avocat, avocate, professeur, professeure, chercheur, chercheuse, médecin, opposant, opposante, militant, militante, leader, candidat, candidate, chef d'État, cheffe d'État, chef de la diplomatie, président-directeur général, émissaire, envoyé spécial, négociateur, commissaire, évêque, cardinal, imam, rabbin, économiste, analyste, expert, experte, présidente-directrice générale, commandant en chef, chef d'état-major, ministre des Affaires étrangères, ministre de la Défense, ministre de l'Intérieur, ministre de l'Économie, président de la République, ingénieur, ingénieure, scientifique, attaquant, défenseur, gardien, capitaine, pêcheur, pêcheuse, habitant, habitante, témoin, survivant, survivante, agriculteur, agricultrice, enseignant, enseignante, étudiant, étudiante, infirmier, infirmière, historien, historienne, sismologue, géologue, architecte, pilote, astronaute, conseiller municipal, conseillère municipale, bénévole, membre, adjoint, adjointe, physicien, physicienne, préfet, préfète, sous-préfet, sous-préfète, administrateur, administratrice, sélectionneur, sélectionneuse, trésorier, trésorière, rapporteur, rapporteure, rédacteur en chef, rédactrice en chef, proviseur, producteur, productrice, réalisateur, réalisatrice, commissaire de police, shérif, adjudant, adjudant-chef, adjudant chef, lieutenant, sergent, caporal, brigadier, avocat général, avocate générale, consul, consule, cinéaste, poète, poétesse, peintre, photographe, dramaturge, chorégraphe, metteur en scène, metteuse en scène, romancier, romancière, comédien, comédienne, musicien, musicienne, lutteur, lutteuse, sculpteur, sculptrice, compositeur, compositrice, chef d'orchestre, cheffe d'orchestre`;
// A player's place in a team: roles too, and asked as "what is X's position?" (one word a reader types).
// A captain is no position: raters read "capitaine" as a role the question's "poste" does not ask.
const POSITIONS = `gardien, gardienne, gardien de but, ailier, ailière, arrière, pivot, demi-centre, demi de mêlée, demi d'ouverture, ouvreur, talonneur, attaquant, attaquante, défenseur, buteur, meneur de jeu, meneuse de jeu, passeur, passeuse, libéro, goalkeeper, keeper, winger, striker, defender, midfielder, forward, fly-half, scrum-half, hooker, full-back, centre-back, quarterback, pitcher, wicketkeeper, batsman, bowler, flanker, fullback, batter, all-rounder, pilier, troisième ligne, deuxième ligne`;
const ROLES_EN = `president, vice president, prime minister, deputy prime minister, minister, foreign minister, defence minister, defense minister, defense secretary, defence secretary, secretary of state, secretary, secretary-general, secretary general, chancellor, king, queen, prince, princess, pope, senator, governor, mayor, judge, justice, ambassador, spokesman, spokeswoman, spokesperson, general, commander, chief executive, chief executive officer, CEO, chairman, chairwoman, chair, founder, co-founder, director, director-general, leader, dictator, envoy, adviser, advisor, lawyer, attorney, attorney general, professor, researcher, analyst, coach, manager, head, supreme leader, president-elect, representative, congressman, congresswoman, economist, expert, official, chief of staff, foreign secretary, home secretary, chief financial officer, CFO, emir, council member, councillor, councilman, councilwoman, engineer, scientist, striker, defender, midfielder, goalkeeper, forward, player, captain, winger, author, writer, journalist, historian, doctor, nurse, teacher, student, farmer, grazier, rancher, cattleman, cyclist, sprinter, swimmer, boxer, golfer, jockey, rower, skier, athlete, advocate, bailiff, deputy bailiff, accountant, builder, shopkeeper, publican, plumber, electrician, pharmacist, veterinarian, fisherman, resident, witness, survivor, worker, engineer, pilot, astronaut, astronomer, geologist, seismologist, volunteer, member, chief, astronaut, activist, candidate, challenger, incumbent, physicist, architect, administrator, statistician, prefect, commissioner, inspector, sheriff, police chief, fire chief, superintendent, headteacher, headmaster, headmistress, treasurer, editor, editor-in-chief, producer, singer, vocalist, guitarist, bassist, drummer, actor, actress, filmmaker, counsel, state counsel, defence counsel, defense counsel, speaker, magistrate, coroner, detective, constable, bishop, pastor, rabbi, lieutenant, sergeant, MP, PM, MLA, MEP, lawmaker, legislator, parliamentarian, novelist, poet, painter, photographer, playwright, choreographer, wrestler, sculptor, composer, musician, MVP, conductor`;

// Kinds of organisation written before a name ("l’agence de presse iranienne Mehr News Agency").
const ORG_KINDS = `agence de presse, agence, journal, quotidien, hebdomadaire, magazine, chaîne, radio, groupe, entreprise, société, constructeur, compagnie, banque, parti, ONG, organisation, think tank, institut, fabricant, géant, laboratoire, start-up, opérateur, news agency, newspaper, company, firm, group, bank, carmaker, airline, broadcaster, network, daily, party, agency, organisation, organization, charity, think-tank, manufacturer, giant, startup, operator`;

// Common first names (French, English and frequent international ones): positive evidence that an
// unknown run of capitalised words is a person ("Marguerite Osei") rather than a place or a product.
const FIRST_NAMES = `Adam Adrien Agnès Alain Alan Albert Alex Alexander Alexandre Alexandra Alexis Alice Alicia Amanda Amélie Amy Ana
Andrea Andreas Andrew André Andrés Angela Angélique Anna Anne Annie Anders Antoine Anthony Antonio Arnaud Arthur Audrey Aurélie
Barbara Baptiste Ben Benjamin Benoît Bernard Bertrand Beth Betty Bill Bob Boris Brian Bruno Camille Carl Carlos Carmen Caroline
Catherine Cécile Céline Charles Charlotte Chloé Chris Christian Christine Christophe Christopher Claire Clara Claude Claudia
Clément Colin Corinne Daniel Daniela Dana David Denis Diana Diane Didier Dmitri Dominique Donald Dorothy Edward Élisabeth Elena
Eli Elizabeth Ellen Élodie Emily Emma Emmanuel Emmanuelle Éric Eric Erik Étienne Eva Fabien Fabienne Fatima Florence Florian
Francis Francisco Franck François Françoise Frank Frédéric Gabriel Gabrielle George Georges Gérard Gilles Giorgia Giovanni
Grace Graham Grégoire Guillaume Hannah Hans Harry Hélène Helen Henri Henry Hugo Hugues Ian Inès Irène Isabelle Ivan Jack Jacob
Jacqueline Jacques James Jane Jean Jeanne Jennifer Jérôme Jessica Jim Joan Joe Joël Joel John Jonathan Jordan Jorge José
Joseph Joshua Juan Judith Julia Julie Julien Julio Justin Karen Karim Karl Kasper Kate Katherine Kevin Kim Klaus Lars Laura
Laurence Laurent Léa Leo Léo Léon Linda Lisa Louis Louise Luc Luca Lucas Lucie Luis Lydia Magali Manuel Marc Marco Margaret
Marguerite Maria Marie Marina Mark Martin Martine Mary Mathieu Mathilde Matthew Maurice Max Maxime Mehdi Michael Michel Michèle
Michelle Mohamed Mohammed Muhammad Nadia Natalia Nathalie Nicolas Nicole Nina Noémie Olaf Olga Olivier Olivia Omar Oscar Pablo
Pascal Patricia Patrick Paul Paula Pauline Pedro Peter Philippe Pierre Priya Rachel Rafael Ramón Raphaël Raymond Rebecca Rémi
Richard Robert Roberto Robin Roger Rosa Ruth Ryan Samuel Sandra Sarah Sara Sébastien Serge Sergei Sergueï Simon Simone Sofia
Sophie Stéphane Stéphanie Stephen Steve Steven Susan Sylvie Tatiana Thierry Thomas Tim Timothy Tom Valérie Vanessa Véronique
Victor Victoria Vincent Virginie Vladimir Walter William Xavier Yann Yannick Yves Yvonne Zoé Fahd Faisal Khalid Khaled Saud Turki
Tamim Majid Zayed Abdulaziz Salman Hamdan Saif Yousef Mustafa Mostafa Tarek Walid Nabil Samir Jamal Adel Fawaz Badr Bandar Nayef
Mishal Hamza Anwar Aurélien Bastien Bernadette Brigitte Carole Chantal Christelle Christiane Colette Coralie Damien Danielle Delphine Édouard Élise Émile Émilie Estelle Fabrice Frédérique Gaëlle Gaston Geneviève Gérald Germain Ghislaine Gilbert Gustave Hervé Hubert Janine Jean-Baptiste Jean-Claude Jean-François Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul Jean-Pierre Jérémie Joëlle Josiane Jules Juliette Justine Laetitia Léonie Lionel Loïc Lucien Ludovic Lydie Manon Marcel Marcelle Marianne Marie-France Marie-Claude Marine Marion Martial Maryse Micheline Mireille Monique Muriel Mylène Nadine Noël Odile Pascale Patrice Paulette Pierre-Yves Renaud René Roland Romain Solène Suzanne Sylvain Thérèse Thibault Yvette Aaron Abdullah Abdel Abdou Ahmed Aisha Ali Amir Anil Arjun Barack Chen Elon Emeka Fatoumata Hassan Hamid Ibrahim Igor Javier Kemal Kenji Kwame Mamadou Mehmet Miguel Moussa Narendra Oumar Rahul Raúl Recep Sergey Shinzo Sven Tariq Wang Xi Yusuf Youssef Zhang Bruce Craig Dan Dave Dennis Doug Ed Fred Gary Gordon Greg Gregory Herb Howard Jake Jason Jeff Jeffrey Jeremy Josh Keith Ken Larry Matt Megan Mike Nancy Neil Nick Oliver Phil Ray Rick Rob Ron Sam Scott Sean Tony Wayne Aden Adama Amadou Baptiste Bastien Benoît Cédric Clément Corentin Dylan Fabien Florent Gaël Gaëtan Grégoire Hugo Jérémy Kévin Léo Lucas Mathis Maxime Mehdi Quentin Raphaël Rémi Sacha Samuel Tanguy Théo Timothée Tristan Valentin Yanis Yohan Ousmane Ibrahima Souleymane Cheikh Modou Babacar Aliou Lamine Seydou Boubacar Abdoulaye Idrissa Kofi Kwabena Chinedu Oluwaseun Tunde Uche Raila Uhuru Rishi Rajesh Sanjay Vikram Amit Sunil Ravi Aidan Callum Connor Declan Ethan Finn Harvey Kieran Liam Logan Mason Owen Reece Ryan Tyler`;

// Head words of multi-word names that are places ("Harbor City", "Grand Hotel", "Wembley Stadium",
// "Cape Canaveral", "Mansion House"), with the kind of place they name.
const PLACE_HEAD_WORDS = `City:city Ville:city Town:city Village:city County:region Province:region State:region District:region
Hotel:other Hôtel:other Stadium:other Stade:other Arena:other Street:other Rue:other Avenue:other Road:other Boulevard:other
Square:other Place:other Plaza:other Park:other Parc:other Bridge:other Pont:other Tunnel:other Airport:other Aéroport:other
Station:other Gare:other Port:other Harbour:other Harbor:other Beach:other Plage:other Island:other Île:other Islands:other
River:other Fleuve:other Lake:other Lac:other Mount:other Mont:other Mountain:other Valley:other Vallée:other Cape:other
Cap:other Bay:other Baie:other Gulf:other Golfe:other Sea:other Mer:other Ocean:other Océan:other Desert:other Désert:other
Mare:other Crater:other Cathedral:other Cathédrale:other Church:other Église:other Mosque:other Mosquée:other Temple:other
Synagogue:other Shrine:other Mausoleum:other Mausolée:other Causeway:other Palace:other Palais:other Castle:other
Château:other Tower:other Tour:other Hall:other Building:other Square:other Quai:other Forest:other Forêt:other
Theater:other Theatre:other Theaters:other Theatres:other Théâtre:other Cinema:other Cinéma:other Mall:other House:other
Manor:other Lodge:other Abbey:other Abbaye:other Chapel:other Chapelle:other Gardens:other
Peninsula:other Péninsule:other Strait:other Détroit:other Creek:other Township:region Highway:other Roads:other Flat:other Flats:other
Ravine:other Reservoir:other Canyon:other Ridge:other Heights:other Reef:other Récif:other Plateau:other Barrage:other Colline:other Rivière:other
Pool:other Piscine:other`;

// Head words of names that are neither people nor places nor organisations: storms, competitions,
// wars, prizes ("Hurricane Lena", "Atlantic Cup", "Tempête Ciarán").
const OTHER_HEAD_WORDS = `Hurricane Storm Typhoon Cyclone Tornado Ouragan Tempête Typhon Cyclone Cup Coupe Championship Championnat
Trophy Trophée Prize Prix Award Games Jeux Olympics Olympic Paralympic Olympiques Festival War Guerre Treaty Traité Act Accord Agreement Protocol
Protocole Declaration Déclaration Plan Programme Program Operation Opération Project Projet Time Day Week Summit Sommet
Open Marathon Expo Exposition Biennale Show Salon Forum Conference Conférence Proposition Law Loi Bill
Directive Pact Pacte Convention Charter Charte Doctrine Initiative Session Mondial Euro Tournament Tournoi Series Season Saison Palme Médaille Medal Ballon Grand_Prix
Ponzi Scheme Gala Awards Ceremony Cérémonie Concert Raid Diagonale Trail Rallye Ultra Triathlon Giro Vuelta Regatta Régate
Disorder Syndrome Disease Virus Fever Maladie Fièvre Infection Deficiency Prizes Trophies Championships Championnats Competition Competitions Concours`;

// Words after a name that show it is a place ("Harbor City voters", "les habitants de…" is handled by prepositions).
const PLACE_FOLLOWERS = `voters residents inhabitants citizens electors habitants électeurs citoyens riverains council officials police`;

const MONTHS = `janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
Oct Nov Dec lundi mardi mercredi jeudi vendredi samedi dimanche Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Noël Pâques Toussaint Pentecôte Ramadan Aïd Christmas Easter Thanksgiving Halloween Hanukkah Diwali`;

// Capitalised words that open sentences or clauses but are never names on their own.
const FUNCTION_WORDS = `le la les l un une des du de d ce cet cette ces mon ma mes son sa ses leur leurs notre nos votre vos il elle
ils elles on nous vous je j tu en dans selon pour après avant depuis pendant lors chez sur sous par avec sans entre vers
et ou mais donc or ni car cependant pourtant toutefois néanmoins ainsi alors puis enfin aussi également encore déjà
si quand lorsque comme tandis pas plus jamais rien aucun aucune tout tous toute toutes chaque plusieurs certains certaines
quelque quelques quel quelle quels quelles qui que quoi dont où voici voilà oui non il y a c s qu lorsqu puisqu jusqu
au aux ceci cela ça celui celle ceux celles même autre autres face outre hier aujourd demain désormais dès afin mieux bien
derrière devant malgré parmi contre envers durant hormis sauf seul seule seuls seules
the a an this that these those his her its their our your my we they he she it i you in on at of for from to with
without by about after before during since until while when where as if but and or nor so yet however although though
because there here what which who whom whose why how all some any each every no not many much more most other another
such also then now today yesterday tomorrow meanwhile still just only even last next first second new according
besides despite beyond apart amid unlike like instead unless whether whereas otherwise moreover furthermore nevertheless
ministre président madame monsieur mesdames messieurs dear mr mrs ms cher chère pas en lire read voir see photo`;

// ---------------------------------------------------------------------------------------------

/** Accent- and apostrophe-insensitive, case-sensitive key for lookups. */
const foldCache = new Map<string, string>();

export function foldKey(s: string): string {
	// Memoised: the same few thousand words are looked up many times per article.
	let k = foldCache.get(s);
	if (k === undefined) {
		k = fold(s);
		if (foldCache.size > 50_000) foldCache.clear();
		foldCache.set(s, k);
	}
	return k;
}

function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[’‘ʼ`´]/g, "'")
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.trim();
}

export interface PlaceEntry {
	name: string;
	kind: PlaceKind;
	/** Canonical name of the country a demonym or city belongs to, when known. */
	country?: string;
}

const places = new Map<string, PlaceEntry>();
/** Demonym (folded, lower case) → country's French name. */
const demonyms = new Map<string, string>();
const organisations = new Set<string>();
const orgHeads = new Set<string>();
const titles = new Set<string>();
const roles = new Set<string>();
const positions = new Set<string>();
const rawRoles: string[] = [];
const months = new Set<string>();
const functionWords = new Set<string>();
const firstNames = new Set<string>();
const placeHeadWords = new Map<string, PlaceKind>();
const otherHeadWords = new Set<string>();
const placeFollowers = new Set<string>();
/** Every multi-word gazetteer name, longest first, for the phrase scanner. */
const multiWord: string[] = [];

function words(block: string): string[] {
	return block.split(/\s+/).filter(Boolean);
}

/** French adjective inflections from the masculine singular: iranien → iranienne(s), russe → russes. */
function inflectFr(m: string): string[] {
	const out = [m];
	if (m.endsWith('en')) out.push(m + 'ne', m + 's', m + 'nes');
	else if (m.endsWith('e')) out.push(m + 's');
	else if (m.endsWith('c')) out.push(m + 's', m + 'que', m + 'ques');
	else if (m.endsWith('s')) out.push(m + 'e', m + 'es');
	else if (m.endsWith('al')) out.push(m + 'e', m.slice(0, -1) + 'ux', m + 'es');
	else if (m.endsWith('é') || m.endsWith('i')) out.push(m + 'e', m + 's', m + 'es');
	else out.push(m + 'e', m + 's', m + 'es');
	return out;
}

function addPlace(name: string, kind: PlaceKind, country?: string): void {
	const key = foldKey(name);
	if (!places.has(key)) places.set(key, { name, kind, country });
	if (name.includes(' ')) multiWord.push(name);
}

for (const line of COUNTRIES.split('\n')) {
	const [fr, en, demFr, demEn] = line.split('|');
	const names = [...fr.split('/'), ...en.split('/')];
	const canonical = fr.split('/')[0];
	for (const n of names) addPlace(n, 'country', canonical);
	// "suisse/suissesse": an irregular feminine is listed beside the masculine.
	for (const m of demFr.split('/')) for (const d of inflectFr(m)) demonyms.set(foldKey(d), canonical);
	for (const d of demEn.split('/')) demonyms.set(foldKey(d.toLowerCase()), canonical);
}
for (const [block, kind] of [
	[CITIES, 'city'],
	[REGIONS, 'region'],
	[CONTINENTS, 'continent'],
	[OTHER_PLACES, 'other']
] as const) {
	for (const group of words(block)) {
		const variants = group.split('/').map((v) => v.replace(/_/g, ' '));
		for (const v of variants) addPlace(v, kind, undefined);
	}
}
// Cities of a known country: places of their country, and the options offered for one another.
/** Canonical country → its cities: French and English names, and every spelling's key. */
const citiesByCountry = new Map<string, { fr: string; en: string; keys: string[] }[]>();
for (const line of CITIES_BY_COUNTRY.split('\n')) {
	const [country, list] = line.split('|');
	const cities: { fr: string; en: string; keys: string[] }[] = [];
	for (const group of words(list)) {
		const variants = group.split('/').map((v) => v.replace(/_/g, ' '));
		for (const v of variants) addPlace(v, 'city', country);
		// (A name the gazetteer already holds as a region or a country stays one.)
		const entries = variants.map((v) => places.get(foldKey(v))!);
		if (entries.some((e) => e.kind !== 'city')) continue;
		for (const e of entries) e.country ??= country;
		cities.push({ fr: variants[0], en: variants[1] ?? variants[0], keys: variants.map(foldKey) });
	}
	citiesByCountry.set(country, cities);
}

for (const group of words(ORGANISATIONS)) {
	for (const v of group.split('/')) {
		const name = v.replace(/_/g, ' ');
		organisations.add(foldKey(name));
		if (name.includes(' ')) multiWord.push(name);
	}
}
for (const w of words(ORG_HEADS_FR + ' ' + ORG_HEADS_EN)) orgHeads.add(foldKey(w));
for (const w of words(TITLES)) titles.add(w);
for (const r of POSITIONS.split(',')) positions.add(foldKey(r.trim().toLowerCase()));
for (const r of (ROLES_FR + ',' + ROLES_EN + ',' + POSITIONS).split(',')) {
	const role = r.trim().replace(/\s+/g, ' ');
	// The lists share a few words ("engineer", "capitaine"): each spelling once ("president" and
	// "président" fold to one key, and both are written in texts).
	if (role && !rawRoles.includes(role)) {
		roles.add(foldKey(role.toLowerCase()));
		rawRoles.push(role);
	}
}
for (const w of words(MONTHS)) months.add(foldKey(w.toLowerCase()));
for (const w of words(FUNCTION_WORDS)) functionWords.add(foldKey(w));
for (const w of words(FIRST_NAMES)) firstNames.add(foldKey(w));
for (const w of words(PLACE_HEAD_WORDS)) {
	const [word, kind] = w.split(':');
	placeHeadWords.set(foldKey(word), kind as PlaceKind);
}
for (const w of words(OTHER_HEAD_WORDS)) otherHeadWords.add(foldKey(w));
for (const w of words(PLACE_FOLLOWERS)) placeFollowers.add(foldKey(w));
multiWord.sort((a, b) => b.length - a.length);

const roleList = rawRoles;
const orgKindList = ORG_KINDS.split(',').map((k) => k.trim());

/** Every role noun phrase as written in the lists, for building regexes. */
export function roleNames(): readonly string[] {
	return roleList;
}

export function orgKindNames(): readonly string[] {
	return orgKindList;
}

// "Southern Africa", "Eastern Europe", "Northern Canada": a part of a known place, by its compass.
const COMPASS_PART = /^(?:Northern|Southern|Eastern|Western|Central|(?:North|South)(?:[-\s\u00a0]?(?:[Ee]ast|[Ww]est))?(?:ern)?|East|West|Upper|Lower|Sub-Saharan)[\s\u00a0]+(\p{Lu}.*)$/u;

/** The other cities of a city's country, in the language ("Riyadh", "Dammam" for "Jeddah"); none for a city of unknown country. */
export function citiesBeside(city: string, lang: 'fr' | 'en'): string[] {
	const key = foldKey(city);
	const entry = places.get(key);
	if (entry?.kind !== 'city' || !entry.country) return [];
	// ("Saigon" is Ho Chi Minh City: no spelling of the city itself.)
	return (citiesByCountry.get(entry.country) ?? []).filter((c) => !c.keys.includes(key)).map((c) => (lang === 'fr' ? c.fr : c.en));
}

export function lookupPlace(name: string): PlaceEntry | undefined {
	const entry = places.get(foldKey(name));
	if (entry) return entry;
	const part = COMPASS_PART.exec(name.trim());
	const whole = part ? places.get(foldKey(part[1])) : undefined;
	return whole && (whole.kind === 'continent' || whole.kind === 'country' || whole.kind === 'region') ? { name: name.trim(), kind: 'region' } : undefined;
}

export function isKnownOrganisation(name: string): boolean {
	return organisations.has(foldKey(name));
}

export function isOrgHead(word: string): boolean {
	return orgHeads.has(foldKey(word));
}

export function isTitle(word: string): boolean {
	return titles.has(word);
}

// "Artist-in-Residence", "writer-in-residence": a post whatever its first word.
const IN_RESIDENCE = /^\p{L}+-in-residence$/u;

/** Whether a lower-case word (or multi-word phrase) is a role noun ("président", "chief executive"). */
export function isRoleWord(word: string): boolean {
	const key = foldKey(word.toLowerCase());
	return roles.has(key) || IN_RESIDENCE.test(key);
}

/** Whether a role is a player's position in a team ("gardien", "scrum-half", "ailier"). */
export function isPosition(role: string): boolean {
	return positions.has(foldKey(role.toLowerCase().trim()));
}

export function isMonthOrWeekday(word: string): boolean {
	return months.has(foldKey(word.toLowerCase().replace(/\.$/, '')));
}

export function isFunctionWord(word: string): boolean {
	return functionWords.has(foldKey(word.toLowerCase()));
}

/** Country a demonym belongs to ("iraniennes" → "Iran", "Russian" → "Russie"), else undefined. */
export function demonymCountry(word: string): string | undefined {
	return demonyms.get(foldKey(word.toLowerCase()));
}

/** All multi-word gazetteer names, longest first (for building one scanning regex). */
export function multiWordNames(): readonly string[] {
	return multiWord;
}

// First names given to women (those of FIRST_NAMES and more); the others of FIRST_NAMES are men's,
// except those given to both ("Camille", "Dominique", "Andrea", "Jean", "Kim").
const WOMEN_FIRST_NAMES = `Agnès Alexandra Alice Alicia Amanda Amélie Amy Ana Angela Angélique Anna Anne Annie Audrey Aurélie
Barbara Beth Betty Carmen Caroline Catherine Cécile Céline Charlotte Chloé Christine Claire Clara Claudia Corinne Daniela Diana
Diane Dorothy Élisabeth Elena Elizabeth Ellen Élodie Emily Emma Emmanuelle Eva Fabienne Fatima Florence Françoise Gabrielle
Giorgia Grace Hannah Hélène Helen Inès Irène Isabelle Jacqueline Jane Jeanne Jennifer Jessica Joan Judith Julia Julie Karen Kate
Katherine Laura Léa Linda Lisa Louise Lucie Lydia Magali Margaret Marguerite Maria Marie Marina Martine Mary Mathilde Michèle
Michelle Nadia Natalia Nathalie Nicole Nina Noémie Olga Olivia Patricia Paula Pauline Priya Rachel Rebecca Rosa Ruth Sandra Sarah
Sara Simone Sofia Sophie Stéphanie Susan Sylvie Tatiana Valérie Vanessa Véronique Victoria Virginie Yvonne Zoé Bernadette
Brigitte Carole Chantal Christelle Christiane Colette Coralie Danielle Delphine Élise Émilie Estelle Frédérique Gaëlle Geneviève
Ghislaine Janine Joëlle Josiane Juliette Justine Laetitia Léonie Lydie Manon Marcelle Marianne Marine Marion Maryse Micheline
Mireille Monique Muriel Mylène Nadine Odile Pascale Paulette Solène Suzanne Thérèse Yvette Aisha Fatoumata Megan Nancy Kylie Katie
Missy Lucy Molly Natalie Nora Sally Sharon Stephanie Tina Wendy Ashley Amber Jenny Jill Kelly Lauren Naomi Serena Simona Petra
Ingrid Marta Lena Sonia Amina Khadija Leila Mariam Ngozi Federica Mikaela Sabrina Agathe Margot Aline Annick Anaïs Sylviane Fanny Adèle Albane Alix Apolline Appoline Armelle Axelle Bérénice Capucine Chloé Clémence Clotilde Éloïse Elsa Emma Eugénie Flavie Garance Héloïse Inès Joséphine Laëtitia Léa Léna Lison Louise Lucie Maëlle Margaux Maud Mélanie Mélissa Noémie Océane Ophélie Pauline Perrine Romane Salomé Tiphaine Valentine Yasmine Aïcha Awa Fatou Aminata Mariama Khady Abigail Ashley Bethany Brittany Courtney Ella Emily Erin Gemma Hannah Hayley Imogen Isla Jessica Kayla Kimberly Lauren Leah Molly Natalie Olivia Paige Rachel Rebecca Samantha Shannon Stacey Tiffany Zara Priya Ananya Lakshmi Sunita Wanjiru Akosua Chiamaka Amara
Frances Tracey Roseanne Gretchen Kamala Doris Gloria Janet Judy Kathleen Marilyn Martha Pamela
Theresa Heather Cynthia Deborah Denise Donna Gladys Lorraine Louisa Maureen Mildred Norma Peggy
Shirley Sylvia Yolanda Agatha Hélèna Béatrice Blandine Carine Dorine Edwige Fernande Huguette Jocelyne Liliane Lucienne
Madeleine Nicolette Rolande Sandrine Séverine Viviane Layla Noura Huda Amal Samira Hind Rania Dalia Salma Zainab Asma`;
const BOTH_FIRST_NAMES = new Set(words('Alex Andrea Camille Claude Dominique Kim Jordan Robin Dana Sam Chris Laurence Jean Sasha Eli Evelyn Joyce Carol Tracy').map(foldKey));
const womenFirstNames = new Set(words(WOMEN_FIRST_NAMES).map(foldKey));
for (const k of womenFirstNames) firstNames.add(k);

/** 'f' or 'm' for a first name given to women or to men only ("Marie-France" → f, "Jean-Pierre" → m), else undefined. */
export function firstNameGender(word: string): 'f' | 'm' | undefined {
	const k = foldKey(word);
	if (womenFirstNames.has(k)) return 'f';
	// A compound takes its first part's ("Jean-Marie" is a man's, "Anne-Sophie" a woman's).
	const first = k.split('-')[0];
	if (k.includes('-') && first === 'Jean') return 'm';
	if (womenFirstNames.has(first)) return 'f';
	if (BOTH_FIRST_NAMES.has(first) || !firstNames.has(first)) return undefined;
	return 'm';
}

/** Whether a capitalised word is a common first name ("Marguerite", "Julio"): evidence of a person. */
export function isFirstName(word: string): boolean {
	// "Anne-Sophie", "Jean-Pierre": any part counts.
	const k = foldKey(word);
	if (firstNames.has(k)) return true;
	return k.includes('-') && k.split('-').some((p) => firstNames.has(p));
}

/** The kind of place a head word names ("City" → city, "Stadium" → other), else undefined. */
export function placeHeadKind(word: string): PlaceKind | undefined {
	return placeHeadWords.get(foldKey(word));
}

/** Head words of storms, competitions, treaties, programmes…: names that are not people. */
export function isOtherHead(word: string): boolean {
	return otherHeadWords.has(foldKey(word));
}

/** Nouns that, right after a name, show it is a place ("Harbor City voters"). */
export function isPlaceFollower(word: string): boolean {
	return placeFollowers.has(foldKey(word.toLowerCase()));
}
