/**
 * Belgian place names, for the password check: the provinces, regions, cities and larger
 * municipalities, each in the languages it has a name in (Bruxelles / Brussel / Brüssel / Brussels,
 * Liège / Luik / Lüttich), and a few rivers and well-known places. Written from general knowledge,
 * not downloaded: a few hundred names, enough for the ones a password is likely to be made of.
 * Accents are kept here; the check also reads each name without them.
 */
export const BELGIAN_PLACES: readonly string[] = [
  // Country, regions, provinces
  'Belgique', 'België', 'Belgien', 'Belgium', 'Belgie',
  'Bruxelles', 'Brussel', 'Brüssel', 'Brussels', 'Wallonie', 'Wallonië', 'Wallonien', 'Wallonia', 'Flandre', 'Vlaanderen', 'Flandern', 'Flanders',
  'Anvers', 'Antwerpen', 'Antwerp', 'Limbourg', 'Limburg', 'Hainaut', 'Henegouwen', 'Hennegau', 'Namur', 'Namen', 'Luxembourg', 'Luxemburg',
  'Brabant', 'Ostbelgien', 'Eupen', 'Ardenne', 'Ardennes', 'Ardennen', 'Campine', 'Kempen', 'Condroz', 'Fagne', 'Famenne', 'Gaume', 'Hesbaye', 'Haspengouw', 'Westhoek',
  // The 19 municipalities of Brussels
  'Anderlecht', 'Auderghem', 'Oudergem', 'Berchem', 'Etterbeek', 'Evere', 'Forest', 'Vorst', 'Ganshoren', 'Ixelles', 'Elsene', 'Jette', 'Koekelberg',
  'Molenbeek', 'Schaerbeek', 'Schaarbeek', 'Uccle', 'Ukkel', 'Watermael', 'Boitsfort', 'Bosvoorde', 'Woluwe', 'Laeken', 'Laken', 'Neder-over-Heembeek', 'Haren',
  'Saint-Gilles', 'Sint-Gillis', 'Saint-Josse', 'Sint-Joost', 'Sint-Jans-Molenbeek', 'Saint-Josse-ten-Noode', 'Sint-Lambrechts-Woluwe', 'Sint-Pieters-Woluwe',
  // Cities and municipalities, with their names in other languages
  'Liège', 'Luik', 'Lüttich', 'Liege', 'Gent', 'Gand', 'Ghent', 'Brugge', 'Bruges', 'Leuven', 'Louvain', 'Löwen', 'Mons', 'Bergen',
  'Mechelen', 'Malines', 'Aalst', 'Alost', 'Kortrijk', 'Courtrai', 'Tournai', 'Doornik', 'Ieper', 'Ypres', 'Tongeren', 'Tongres', 'Ronse', 'Renaix',
  'Oudenaarde', 'Audenarde', 'Geraardsbergen', 'Grammont', 'Edingen', 'Enghien', 'Aat', 'Ath', 'Zinnik', 'Soignies', 'Nijvel', 'Nivelles',
  'Waver', 'Wavre', 'Geldenaken', 'Jodoigne', 'Tienen', 'Tirlemont', 'Landen', 'Hoei', 'Huy', 'Borgworm', 'Waremme', 'Sint-Truiden', 'Saint-Trond',
  'Lier', 'Lierre', 'Halle', 'Hal', 'Vilvoorde', 'Vilvorde', 'Zaventem', 'Dilbeek', 'Asse', 'Ninove', 'Dendermonde', 'Termonde', 'Lokeren', 'Sint-Niklaas', 'Saint-Nicolas',
  'Veurne', 'Furnes', 'Diksmuide', 'Dixmude', 'Poperinge', 'Menen', 'Menin', 'Komen', 'Comines', 'Moeskroen', 'Mouscron', 'Wervik', 'Wervicq', 'Nieuwpoort', 'Nieuport',
  'Oostende', 'Ostende', 'Ostend', 'Knokke', 'Heist', 'Blankenberge', 'Zeebrugge', 'Koksijde', 'Coxyde', 'Middelkerke', 'Bredene', 'Roeselare', 'Roulers', 'Tielt', 'Torhout', 'Izegem', 'Waregem', 'Harelbeke',
  'Hasselt', 'Genk', 'Maaseik', 'Bilzen', 'Lommel', 'Beringen', 'Bree', 'Lanaken', 'Maasmechelen', 'Tessenderlo', 'Neerpelt', 'Peer',
  'Turnhout', 'Geel', 'Mol', 'Herentals', 'Boom', 'Mortsel', 'Schoten', 'Brasschaat', 'Kapellen', 'Kontich', 'Edegem', 'Wilrijk', 'Deurne', 'Merksem', 'Hoboken', 'Ekeren', 'Willebroek', 'Heist-op-den-Berg',
  'Aarschot', 'Diest', 'Zoutleeuw', 'Tervuren', 'Overijse', 'Hoeilaart', 'Kraainem', 'Wezembeek', 'Grimbergen', 'Machelen', 'Zemst', 'Rhode-Saint-Genèse', 'Sint-Genesius-Rode', 'Linkebeek', 'Drogenbos', 'Beersel', 'Wemmel',
  'Eeklo', 'Deinze', 'Zele', 'Wetteren', 'Zottegem', 'Temse', 'Beveren', 'Merelbeke', 'Destelbergen', 'Evergem', 'Maldegem', 'Ledeberg',
  'Charleroi', 'Marcinelle', 'Gosselies', 'Jumet', 'Châtelet', 'Fleurus', 'Binche', 'Thuin', 'Chimay', 'Couvin', 'Philippeville', 'Walcourt', 'Beaumont',
  'La Louvière', 'Louvière', 'Manage', 'Morlanwelz', 'Seneffe', 'Écaussinnes', 'Braine-le-Comte', "Braine-l'Alleud", 'Eigenbrakel', 'Waterloo', 'Ottignies', 'Louvain-la-Neuve', 'Rixensart', 'Genval', 'Tubize', 'Tubeke',
  'Wépion', 'Jambes', 'Gembloux', 'Andenne', 'Dinant', 'Ciney', 'Rochefort', 'Beauraing', 'Sambreville', 'Fosses-la-Ville', 'Éghezée', 'Eghezee',
  'Verviers', 'Spa', 'Malmedy', 'Malmédy', 'Stavelot', 'Saint-Vith', 'Sankt Vith', 'Kelmis', 'La Calamine', 'Raeren', 'Bütgenbach', 'Büllingen', 'Amel', 'Burg-Reuland', 'Lontzen',
  'Seraing', 'Herstal', 'Ans', 'Flémalle', 'Chaudfontaine', 'Visé', 'Wezet', 'Soumagne', 'Welkenraedt', 'Aubel', 'Herve', 'Limbourg', 'Esneux', 'Aywaille', 'Sprimont', 'Oupeye', 'Grâce-Hollogne', 'Saint-Nicolas',
  'Arlon', 'Aarlen', 'Bastogne', 'Bastenaken', 'Marche-en-Famenne', 'Durbuy', 'Libramont', 'Neufchâteau', 'Bouillon', 'Virton', 'Florenville', 'Houffalize', 'La Roche-en-Ardenne', 'Vielsalm', 'Aubange', 'Messancy',
  'Péruwelz', 'Leuze', 'Lessines', 'Lessen', 'Frameries', 'Quaregnon', 'Boussu', 'Saint-Ghislain', 'Dour', 'Colfontaine', 'Jurbise', 'Estaimpuis',
  // Rivers, seaside and well-known places
  'Meuse', 'Maas', 'Escaut', 'Schelde', 'Sambre', 'Ourthe', 'Semois', 'Lesse', 'Dijle', 'Dyle', 'Senne', 'Zenne', 'Leie', 'Lys', 'Durme', 'Demer', 'Nete', 'Yser', 'IJzer', 'Amblève', 'Vesdre',
  'Atomium', 'Manneken', 'Heizel', 'Heysel', 'Sablon', 'Zavel', 'Marolles', 'Marollen', 'Cinquantenaire', 'Jubelpark', 'Flagey', 'Louise', 'Matonge', 'Tervueren', 'Meir', 'Zoute',
  'Hautes Fagnes', 'Hoge Venen', 'Hohes Venn', 'Kemmelberg', 'Kemmel', 'Lac de Warfaaz', 'Bocholt', 'Genval', 'Pairi Daiza', 'Walibi', 'Bobbejaanland', 'Plopsaland',
];
