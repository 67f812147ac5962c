// Cities by country: the capital first, then the cities articles about the country most often name.
// Each city is written "French/English/other spellings" ("_" for a space; the English name repeated
// when it is the French one's: "Taipei/Taipei/Taipeh"). The gazetteer reads them as places of their
// country (cities also in its own city list gain their country), and the options for a city come
// from its country ("Riyad" or "Dammam" for "Djeddah", not "Tokyo"). Left out on purpose: most
// cities named like a first name or a common word (Florence, Victoria, Cologne, Tours), cities whose
// name is their country's (Mexico, Singapour) or another country's city's (Valence, Tripoli), and a
// capital better known as a surname (Castries). A surname used alone after its full name is the
// person's even where a city bears it ("Alessandro Colombo … Colombo said": names.ts).
export const CITIES_BY_COUNTRY = `Afghanistan|Kaboul/Kabul Hérat/Herat Mazar-i-Charif/Mazar-i-Sharif Jalalabad Kunduz Bamiyan Ghazni Kandahar
Afrique du Sud|Pretoria Durban Port_Elizabeth Bloemfontein Stellenbosch Pietermaritzburg Polokwane Johannesburg Le_Cap/Cape_Town
Albanie|Tirana Durrës/Durres Shkodër/Shkodra Vlora Berat Gjirokastër/Gjirokastra Elbasan
Algérie|Alger/Algiers Oran Annaba Tlemcen Béjaïa/Bejaia Sétif/Setif Tizi_Ouzou
Allemagne|Berlin Stuttgart Düsseldorf/Dusseldorf Leipzig Dresde/Dresden Nuremberg Bonn Munich Francfort/Frankfurt Hambourg/Hamburg
Angola|Luanda Huambo Lobito Benguela Lubango
Arabie saoudite|Riyad/Riyadh Djeddah/Jeddah Dammam Dhahran Taëf/Taif Tabouk/Tabuk
Argentine|Buenos_Aires Córdoba/Cordoba Mar_del_Plata Bariloche Ushuaïa/Ushuaia La_Plata Salta
Arménie|Erevan/Yerevan Gyumri Vanadzor Etchmiadzine/Etchmiadzin
Australie|Canberra Brisbane Perth Hobart Alice_Springs Geelong Sydney Melbourne
Autriche|Vienne/Vienna Salzbourg/Salzburg Innsbruck Graz Linz Klagenfurt Bregenz
Azerbaïdjan|Bakou/Baku Soumgaït/Sumgait Choucha/Shusha Stepanakert Lankaran
Bahreïn|Manama Muharraq Riffa
Bangladesh|Dacca/Dhaka Chittagong Khulna Sylhet Rajshahi Cox's_Bazar
Belgique|Bruxelles/Brussels Gand/Ghent Liège/Liege Charleroi Namur Louvain/Leuven Ostende/Ostend Bruges Anvers/Antwerp
Biélorussie|Minsk Gomel/Gomel/Homel Vitebsk Moguilev/Mogilev Grodno
Birmanie|Naypyidaw/Naypyitaw Rangoun/Yangon/Rangoon Mandalay Bagan Sittwe Myitkyina
Bolivie|La_Paz Santa_Cruz_de_la_Sierra Cochabamba El_Alto Potosi/Potosí Oruro
Bosnie-Herzégovine|Sarajevo Mostar Banja_Luka Tuzla Srebrenica Zenica Bihac/Bihać
Brésil|Brasilia Belo_Horizonte Recife Fortaleza Manaus Porto_Alegre Curitiba Rio_de_Janeiro São_Paulo/Sao_Paulo
Bulgarie|Sofia Plovdiv Varna Bourgas/Burgas Stara_Zagora Veliko_Tarnovo
Burkina Faso|Ouagadougou Bobo-Dioulasso Koudougou Ouahigouya Djibo Fada_N'Gourma
Cambodge|Phnom_Penh Siem_Reap Battambang Sihanoukville Kampot
Cameroun|Yaoundé/Yaounde Douala Garoua Bamenda Maroua Bafoussam Buea
Canada|Ottawa Calgary Edmonton Winnipeg Gatineau Sherbrooke Trois-Rivières Montréal/Montreal Toronto Vancouver
Chili|Santiago Valparaiso/Valparaíso Concepcion/Concepción Antofagasta Viña_del_Mar/Vina_del_Mar Punta_Arenas Iquique
Chine|Pékin/Beijing Chongqing Tianjin Chengdu Nankin/Nanjing Hangzhou Lhassa/Lhasa Shanghai Canton/Guangzhou Shenzhen Wuhan Hong_Kong
Chypre|Nicosie/Nicosia Limassol Larnaca Paphos/Pafos Famagouste/Famagusta Kyrenia
Colombie|Bogota/Bogotá Medellin/Medellín Cali Carthagène/Cartagena Barranquilla Bucaramanga Santa_Marta
Congo|Kinshasa Lubumbashi Goma Bukavu Kisangani Mbuji-Mayi
Corée du Nord|Pyongyang Kaesong Hamhung Wonsan Chongjin Sinuiju Yongbyon
Corée du Sud|Séoul/Seoul Busan/Busan/Pusan Incheon Daegu Gwangju Daejeon Ulsan
Côte d'Ivoire|Yamoussoukro Bouaké/Bouake Daloa San-Pédro Korhogo Grand-Bassam Abidjan
Croatie|Zagreb Dubrovnik Rijeka Zadar Osijek Pula Vukovar
Cuba|La_Havane/Havana Santiago_de_Cuba Camagüey/Camaguey Holguín/Holguin Cienfuegos Matanzas Guantanamo/Guantánamo
Danemark|Copenhague/Copenhagen Aarhus Odense Aalborg Esbjerg Roskilde Elseneur/Helsingør/Elsinore
Égypte|Le_Caire/Cairo Louxor/Luxor Assouan/Aswan Port-Saïd/Port_Said Charm_el-Cheikh/Sharm_el-Sheikh Hurghada Gizeh/Giza Alexandrie/Alexandria
Émirats arabes unis|Abou_Dhabi/Abu_Dhabi Charjah/Sharjah Ajman Ras_al-Khaïmah/Ras_al-Khaimah Fujaïrah/Fujairah Al-Aïn/Al_Ain Dubaï/Dubai
Équateur|Quito Guayaquil Cuenca Esmeraldas Ambato
Érythrée|Asmara Massaoua/Massawa Assab
Espagne|Madrid Séville/Seville Valencia Bilbao Malaga/Málaga Saragosse/Zaragoza Pampelune/Pamplona Barcelone/Barcelona
Estonie|Tallinn Tartu Narva Pärnu
États-Unis|Washington La_Nouvelle-Orléans/New_Orleans San_Diego Baltimore Minneapolis Pittsburgh Nashville New_York Los_Angeles Chicago Houston San_Francisco Boston Miami Seattle Atlanta Philadelphie/Philadelphia Detroit Dallas Las_Vegas
Éthiopie|Addis-Abeba/Addis_Ababa Dire_Dawa Mekele/Mekelle Gondar Bahir_Dar Lalibela Harar
Finlande|Helsinki Tampere Turku Oulu Espoo Rovaniemi Vantaa
France|Paris Montpellier Grenoble Rouen Le_Havre Saint-Étienne Versailles Marseille Lyon Toulouse Nice Nantes Strasbourg Bordeaux Lille
Géorgie|Tbilissi/Tbilisi Batoumi/Batumi Koutaïssi/Kutaisi Gori Roustavi/Rustavi Soukhoumi/Sukhumi Tskhinvali
Ghana|Accra Kumasi Sekondi-Takoradi Cape_Coast Tema
Grèce|Athènes/Athens Thessalonique/Thessaloniki Le_Pirée/Piraeus Patras Héraklion/Heraklion Volos Ioannina
Guatemala|Guatemala_City Antigua_Guatemala Quetzaltenango
Haïti|Port-au-Prince Cap-Haïtien/Cap-Haitien Gonaïves/Gonaives Les_Cayes Jacmel Pétion-Ville/Petion-Ville
Hongrie|Budapest Debrecen Szeged Miskolc Győr/Gyor Eger
Inde|New_Delhi Bangalore/Bengaluru Madras/Chennai Hyderabad Ahmedabad Jaipur Bénarès/Varanasi Delhi Bombay/Mumbai Calcutta/Kolkata
Indonésie|Jakarta Surabaya Bandung Medan Yogyakarta Denpasar Makassar
Irak|Bagdad/Baghdad Bassora/Basra Erbil Kirkouk/Kirkuk Nadjaf/Najaf Kerbala/Karbala Falloujah/Fallujah/Fallouja Mossoul/Mosul
Iran|Téhéran/Tehran Chiraz/Shiraz Qom Ahvaz Bandar_Abbas Yazd Kermanchah/Kermanshah Ispahan/Isfahan Mashhad Tabriz Bouchehr/Bushehr Natanz
Irlande|Dublin Cork Galway Waterford Kilkenny
Islande|Reykjavik/Reykjavík Akureyri Grindavik/Grindavík
Israël|Jérusalem/Jerusalem Haïfa/Haifa Eilat Beersheva/Beersheba/Beer-Sheva Ashdod Ashkelon Sdérot/Sderot Tel-Aviv/Tel_Aviv
Italie|Rome Turin Venise/Venice Bologne/Bologna Palerme/Palermo Vérone/Verona Trieste Milan Naples
Japon|Tokyo Kyoto Yokohama Nagoya Sapporo Fukuoka Nagasaki Osaka Hiroshima
Jordanie|Amman Zarqa Irbid Aqaba Madaba Jerash
Kazakhstan|Astana/Astana/Nour-Soultan/Nur-Sultan Almaty/Almaty/Alma-Ata Chymkent/Shymkent Karaganda Baïkonour/Baikonur Aktaou/Aktau
Kenya|Nairobi Mombasa Kisumu Nakuru Eldoret Malindi
Kosovo|Pristina/Pristina/Prishtina Prizren Mitrovica Gjakova/Gjakova/Djakovica
Koweït|Koweït_City/Kuwait_City Jahra
Laos|Vientiane Luang_Prabang Savannakhet Paksé/Pakse
Lettonie|Riga Daugavpils Liepaja/Liepāja Jurmala/Jūrmala
Liban|Beyrouth/Beirut Baalbek Byblos Zahlé/Zahle Nabatiyé/Nabatieh/Nabatiyeh Jounieh
Libye|Misrata/Misurata Syrte/Sirte Tobrouk/Tobruk Derna Sebha/Sabha Zaouïa/Zawiya Benghazi
Lituanie|Vilnius Kaunas Klaipeda/Klaipėda Siauliai/Šiauliai
Luxembourg|Esch-sur-Alzette Differdange Dudelange Echternach
Madagascar|Antananarivo/Antananarivo/Tananarive Toamasina/Toamasina/Tamatave Mahajanga/Mahajanga/Majunga Fianarantsoa Antsirabe Toliara/Toliara/Tuléar
Malaisie|Kuala_Lumpur Putrajaya Johor_Bahru Ipoh Kota_Kinabalu Kuching
Mali|Bamako Tombouctou/Timbuktu Mopti Kidal Ségou/Segou Sikasso Ménaka/Menaka
Maroc|Rabat Marrakech/Marrakesh Fès Tanger/Tangier Agadir Meknès/Meknes Oujda Casablanca
Mauritanie|Nouakchott Nouadhibou Atar Zouérate/Zouerate Chinguetti
Mexique|Guadalajara Monterrey Tijuana Cancún/Cancun Acapulco Ciudad_Juárez/Ciudad_Juarez
Moldavie|Chisinau/Chișinău Tiraspol Balti/Bălți Comrat
Mongolie|Oulan-Bator/Ulaanbaatar/Ulan_Bator Erdenet Darkhan
Monténégro|Podgorica Budva Kotor Niksic/Nikšić Herceg_Novi Cetinje
Mozambique|Maputo Beira Nampula Quelimane Mocimboa_da_Praia/Mocímboa_da_Praia
Népal|Katmandou/Kathmandu Pokhara Lalitpur Bhaktapur Lumbini Biratnagar
Nicaragua|Managua Masaya Matagalpa Bluefields Estelí/Esteli
Niger|Niamey Zinder Maradi Agadez Tahoua Diffa Arlit
Nigeria|Abuja Kano Ibadan Port_Harcourt Kaduna Maiduguri Benin_City Lagos
Norvège|Oslo Trondheim Stavanger Tromsø/Tromso Kristiansand Bodø/Bodo
Nouvelle-Zélande|Wellington Auckland Christchurch Dunedin Queenstown Rotorua Tauranga
Oman|Mascate/Muscat Salalah Sohar Nizwa Duqm
Ouganda|Kampala Entebbe Gulu Jinja Mbarara
Ouzbékistan|Tachkent/Tashkent Samarcande/Samarkand Boukhara/Bukhara Khiva Andijan/Andijon Namangan Noukous/Nukus
Pakistan|Islamabad Peshawar Rawalpindi Quetta Multan Faisalabad Abbottabad Karachi Lahore
Palestine|Ramallah Hébron/Hebron Naplouse/Nablus Bethléem/Bethlehem Jénine/Jenin Khan_Younès/Khan_Younis/Khan_Yunis Rafah
Paraguay|Asuncion/Asunción Ciudad_del_Este Encarnacion/Encarnación
Pays-Bas|Amsterdam Rotterdam Utrecht Eindhoven Groningue/Groningen Maastricht Leyde/Leiden La_Haye/The_Hague
Pérou|Lima Cuzco/Cusco Arequipa Iquitos Chiclayo Piura Puno
Philippines|Manille/Manila Quezon_City Davao Cebu_City Zamboanga Tacloban Baguio
Pologne|Varsovie/Warsaw Cracovie/Kraków/Krakow Gdansk/Gdańsk Wroclaw/Wrocław Poznan/Poznań Lodz/Łódź Katowice
Portugal|Lisbonne/Lisbon Coimbra Braga Funchal Évora/Evora Guimarães/Guimaraes Setúbal/Setubal
Qatar|Doha Lusail Al-Rayyan/Al_Rayyan Al-Wakrah/Al_Wakrah Al-Khor/Al_Khor
Roumanie|Bucarest/Bucharest Cluj-Napoca/Cluj-Napoca/Cluj Timisoara/Timișoara Iasi/Iași Constanta/Constanța Brasov/Brașov Sibiu
Royaume-Uni|Londres/London Birmingham Liverpool Glasgow Cardiff Belfast Bristol Manchester Édimbourg/Edinburgh
Russie|Moscou/Moscow Iekaterinbourg/Yekaterinburg Nijni_Novgorod/Nizhny_Novgorod Rostov-sur-le-Don/Rostov-on-Don/Rostov Volgograd Sotchi/Sochi Krasnodar Saint-Pétersbourg/Saint_Petersburg/St_Petersburg Kazan Novossibirsk/Novosibirsk Irkoutsk/Irkutsk Grozny Belgorod Mourmansk/Murmansk Kaliningrad Vladivostok Koursk/Kursk
Rwanda|Kigali Butare/Huye Gisenyi/Rubavu Ruhengeri/Musanze
Sénégal|Dakar Touba Thiès/Thies Ziguinchor Kaolack Mbour
Serbie|Belgrade Novi_Sad Niš/Nis Kragujevac Subotica
Slovaquie|Bratislava Kosice/Košice Presov/Prešov Zilina/Žilina Nitra Banska_Bystrica/Banská_Bystrica
Slovénie|Ljubljana Maribor Koper Celje Piran
Somalie|Mogadiscio/Mogadishu Hargeisa Kismayo Baidoa Berbera Bosaso
Soudan|Khartoum Omdurman Port-Soudan/Port_Sudan El-Facher/El_Fasher Nyala Kassala Wad_Madani
Soudan du Sud|Djouba/Juba Malakal Wau Bentiu Bor
Sri Lanka|Sri_Jayawardenepura_Kotte Colombo Kandy Jaffna Trincomalee Negombo
Suède|Stockholm Göteborg/Gothenburg Malmö/Malmo Uppsala Kiruna Linköping/Linkoping Örebro/Orebro
Suisse|Berne/Bern Lausanne Lugano Montreux Neuchâtel Fribourg Saint-Gall/St_Gallen Genève/Geneva Zurich Davos
Syrie|Damas/Damascus Lattaquié/Latakia Hama Deraa/Daraa Deir_ez-Zor Palmyre/Palmyra Kobané/Kobani Alep/Aleppo Homs Idleb/Idlib Raqqa
Tadjikistan|Douchanbé/Dushanbe Khodjent/Khujand Khorog
Taïwan|Taipei/Taipei/Taipeh Kaohsiung Taichung Tainan Hsinchu Keelung
Tanzanie|Dodoma Dar_es-Salaam/Dar_es_Salaam Arusha Mwanza Moshi Mbeya
Tchad|N'Djamena/N'Djamena/Ndjamena Moundou Abéché/Abeche Sarh Faya-Largeau
Tchéquie|Prague Brno Ostrava Pilsen/Plzeň Karlovy_Vary Olomouc
Thaïlande|Bangkok Chiang_Mai Phuket Pattaya Chiang_Rai Hat_Yai Ayutthaya
Tunisie|Tunis Sfax Sousse Kairouan Bizerte/Bizerta Gabès/Gabes Sidi_Bouzid
Bénin|Porto-Novo Cotonou Parakou Abomey Ouidah Djougou
Gabon|Libreville Port-Gentil Franceville Lambaréné/Lambarene Oyem
Togo|Lomé/Lome Sokodé/Sokode Kpalimé/Kpalime Atakpamé/Atakpame
Guinée|Conakry Nzérékoré/Nzerekore Kankan Kindia Labé/Labe Boké/Boke
Guinée-Bissau|Bissau Bafata/Bafatá Gabu/Gabú
Guinée équatoriale|Malabo Bata Ebebiyin
Burundi|Gitega Bujumbura
Centrafrique|Bangui Berbérati/Berberati Bambari Bouar Bria Bossangoa
Comores|Moroni Mutsamudu Fomboni
Djibouti|Tadjourah/Tadjoura Obock Ali_Sabieh
Monaco|Monte-Carlo/Monte_Carlo
Cap-Vert|Praia Mindelo
Île Maurice|Port-Louis/Port_Louis Curepipe Quatre_Bornes Mahébourg/Mahebourg
Liberia|Monrovia Gbarnga Kakata
Sierra Leone|Freetown Kenema Makeni Koidu
Gambie|Banjul Serekunda Brikama
Namibie|Windhoek Walvis_Bay Swakopmund Rundu Oshakati Lüderitz/Luderitz
Botswana|Gaborone Francistown Maun
Malawi|Lilongwe Blantyre Mzuzu Zomba
Eswatini|Mbabane Manzini Lobamba
Andorre|Andorre-la-Vieille/Andorra_la_Vella Escaldes-Engordany
Liechtenstein|Vaduz Schaan
Saint-Marin|Borgo_Maggiore
Malte|La_Valette/Valletta Mdina Sliema Birkirkara
Macédoine du Nord|Skopje Ohrid Bitola Kumanovo Tetovo
Turkménistan|Achgabat/Ashgabat Turkmenabat Dachoguz/Dashoguz Turkmenbachi/Turkmenbashi
Turquie|Ankara Izmir/İzmir Antalya Adana Gaziantep Konya Diyarbakir/Diyarbakır Istanbul
Ukraine|Kiev/Kyiv/Kiyv Lviv Bakhmout/Bakhmut Boutcha/Bucha Mykolaïv/Mykolaiv Kramatorsk Tchernobyl/Chernobyl Kharkiv Odessa/Odesa Marioupol/Mariupol Donetsk Louhansk/Luhansk Kherson Zaporijia/Zaporizhzhia Sébastopol/Sevastopol
Union soviétique|Léningrad/Leningrad Stalingrad
Uruguay|Montevideo Punta_del_Este Paysandu/Paysandú Colonia_del_Sacramento
Venezuela|Caracas Maracaibo Barquisimeto Maracay Ciudad_Guayana Ciudad_Bolivar/Ciudad_Bolívar
Vietnam|Hanoï/Hanoi Hô_Chi_Minh-Ville/Ho_Chi_Minh_City/Saïgon/Saigon Haïphong/Haiphong Da_Nang/Danang Nha_Trang Can_Tho Dien_Bien_Phu
Yémen|Sanaa Hodeïda/Hodeida/Hodeidah Taëz/Taiz Moukalla/Mukalla Marib Saada Aden
Zambie|Lusaka Ndola Kitwe Kabwe
Zimbabwe|Harare Bulawayo Mutare Gweru
Bahamas|Nassau
Barbade|Bridgetown
Belize|Belmopan Belize_City
Bhoutan|Thimphou/Thimphu Paro Punakha Phuentsholing
Brunei|Bandar_Seri_Begawan
Costa Rica|Alajuela Cartago Puntarenas
République dominicaine|Saint-Domingue/Santo_Domingo Santiago_de_los_Caballeros Punta_Cana Puerto_Plata La_Romana
Fidji|Suva Nadi Lautoka
Honduras|Tegucigalpa San_Pedro_Sula La_Ceiba Choluteca
Jamaïque|Montego_Bay Spanish_Town Ocho_Rios Negril
Kirghizistan|Bichkek/Bishkek Karakol Djalal-Abad/Jalal-Abad
Kiribati|Tarawa-Sud/South_Tarawa
Lesotho|Maseru Mafeteng
Maldives|Addu_City
Îles Marshall|Majuro Ebeye
Micronésie|Palikir Weno Kolonia
Nauru|Yaren
Palaos|Ngerulmud Koror
Papouasie-Nouvelle-Guinée|Port_Moresby Lae Mount_Hagen Madang
Saint-Kitts-et-Nevis|Basseterre
Sainte-Lucie|Gros_Islet
Saint-Vincent-et-les-Grenadines|Kingstown
Salvador|San_Salvador Soyapango
Samoa|Apia
Sao Tomé-et-Principe|São_Tomé/Sao_Tome
Îles Salomon|Honiara Gizo Auki
Suriname|Paramaribo Nieuw_Nickerie
Timor oriental|Dili Baucau
Tonga|Nuku'alofa/Nukualofa
Trinité-et-Tobago|Port-d'Espagne/Port_of_Spain Chaguanas Arima
Tuvalu|Funafuti
Vanuatu|Port-Vila/Port_Vila Luganville`;
