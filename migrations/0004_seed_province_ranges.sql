-- Coarse PC4 -> province table, built from public postcode knowledge: verify before production.
-- No official table exists and two-digit ranges are wrong in places, so the known exceptions are
-- listed as ranges of their own. Where a border was uncertain the more likely province was taken.

INSERT INTO province_ranges (pc4_from, pc4_to, province) VALUES
  (1000, 1299, 'noord-holland'),
  (1300, 1379, 'flevoland'),      -- Almere
  (1380, 1389, 'noord-holland'),  -- Weesp
  (1390, 1393, 'utrecht'),        -- Abcoude, Nigtevecht
  (1394, 1395, 'noord-holland'),  -- Nederhorst den Berg
  (1396, 1396, 'utrecht'),        -- Baambrugge
  (1397, 2159, 'noord-holland'),  -- Muiden ... Haarlem, Haarlemmermeer
  (2160, 3399, 'zuid-holland'),   -- Lisse, Hillegom ... Dordrecht, Hardinxveld
  (3400, 3464, 'utrecht'),        -- IJsselstein, Nieuwegein, Woerden, Oudewater
  (3465, 3466, 'zuid-holland'),   -- Driebruggen, Waarder
  (3467, 3769, 'utrecht'),        -- Utrecht, Maarssen, Mijdrecht, Zeist, Baarn, Soest
  (3770, 3789, 'gelderland'),     -- Barneveld, Voorthuizen
  (3790, 3839, 'utrecht'),        -- Achterveld, Amersfoort, Leusden
  (3840, 3889, 'gelderland'),     -- Harderwijk, Ermelo, Nijkerk, Putten
  (3890, 3899, 'flevoland'),      -- Zeewolde
  (3900, 3924, 'utrecht'),        -- Veenendaal, Rhenen
  (3925, 3926, 'gelderland'),     -- Scherpenzeel
  (3927, 3999, 'utrecht'),        -- Renswoude, Woudenberg, Doorn, Wijk bij Duurstede, Houten
  (4000, 4119, 'gelderland'),     -- Tiel, Culemborg, Buren
  (4120, 4146, 'utrecht'),        -- Vianen, Leerdam (Vijfheerenlanden, Utrecht since 2019)
  (4147, 4199, 'gelderland'),     -- Asperen, Geldermalsen
  (4200, 4209, 'zuid-holland'),   -- Gorinchem
  (4210, 4219, 'gelderland'),     -- Spijk, Vuren
  (4220, 4229, 'zuid-holland'),   -- Hoornaar, Noordeloos
  (4230, 4239, 'utrecht'),        -- Meerkerk, Ameide
  (4240, 4241, 'zuid-holland'),   -- Arkel
  (4242, 4249, 'utrecht'),        -- Nieuwland, Leerbroek, Kedichem
  (4250, 4299, 'noord-brabant'),  -- Altena: Werkendam, Woudrichem
  (4300, 4599, 'zeeland'),        -- Schouwen, Walcheren, Beveland, Zeeuws-Vlaanderen
  (4600, 4674, 'noord-brabant'),  -- Bergen op Zoom, Steenbergen
  (4675, 4675, 'zeeland'),        -- Sint Philipsland
  (4676, 4689, 'noord-brabant'),
  (4690, 4699, 'zeeland'),        -- Tholen
  (4700, 5299, 'noord-brabant'),  -- Roosendaal, Breda, Tilburg, 's-Hertogenbosch
  (5300, 5335, 'gelderland'),     -- Zaltbommel, Maasdriel
  (5336, 5767, 'noord-brabant'),  -- Oss, Uden, Eindhoven, Helmond
  (5768, 5768, 'limburg'),        -- Meijel
  (5769, 5799, 'noord-brabant'),
  (5800, 5819, 'limburg'),        -- Venray
  (5820, 5849, 'noord-brabant'),  -- Boxmeer, Sint Anthonis
  (5850, 6019, 'limburg'),        -- Bergen, Venlo, Horst, Weert
  (6020, 6029, 'noord-brabant'),  -- Budel, Maarheeze
  (6030, 6499, 'limburg'),        -- Nederweert, Roermond, Sittard, Maastricht, Heerlen
  (6500, 6583, 'gelderland'),     -- Nijmegen, Groesbeek, Malden
  (6584, 6599, 'limburg'),        -- Mook, Gennep
  (6600, 7399, 'gelderland'),     -- Wijchen, Ede, Arnhem, Achterhoek, Zutphen, Apeldoorn
  (7400, 7739, 'overijssel'),     -- Deventer, Twente, Ommen
  (7740, 7769, 'drenthe'),        -- Coevorden, Dalen, Schoonebeek
  (7770, 7799, 'overijssel'),     -- Hardenberg, Gramsbergen
  (7800, 7945, 'drenthe'),        -- Emmen, Hoogeveen, Meppel
  (7946, 7946, 'overijssel'),     -- Wanneperveen
  (7947, 7949, 'drenthe'),        -- Nijeveen
  (7950, 7956, 'overijssel'),     -- Staphorst, Rouveen, IJhorst
  (7957, 7999, 'drenthe'),        -- De Wijk, Ruinen, Havelte, Diever, Dwingeloo
  (8000, 8049, 'overijssel'),     -- Zwolle
  (8050, 8059, 'gelderland'),     -- Hattem
  (8060, 8069, 'overijssel'),     -- Hasselt, Zwartsluis
  (8070, 8099, 'gelderland'),     -- Nunspeet, Elburg, Oldebroek
  (8100, 8159, 'overijssel'),     -- Raalte, Olst, Heino
  (8160, 8199, 'gelderland'),     -- Epe, Vaassen, Heerde
  (8200, 8259, 'flevoland'),      -- Lelystad, Dronten
  (8260, 8299, 'overijssel'),     -- Kampen, Genemuiden
  (8300, 8324, 'flevoland'),      -- Emmeloord, Urk
  (8325, 8379, 'overijssel'),     -- Vollenhove, Steenwijk, Giethoorn
  (8380, 8389, 'drenthe'),        -- Vledder, Frederiksoord
  (8390, 9299, 'friesland'),      -- Noordwolde ... Leeuwarden, Drachten, Kollum
  (9300, 9349, 'drenthe'),        -- Roden, Peize, Norg
  (9350, 9399, 'groningen'),      -- Leek, Marum
  (9400, 9478, 'drenthe'),        -- Assen, Beilen, Gieten, Zuidlaren
  (9479, 9479, 'groningen'),      -- Noordlaren
  (9480, 9499, 'drenthe'),        -- Vries
  (9500, 9509, 'groningen'),      -- Stadskanaal
  (9510, 9539, 'drenthe'),        -- Gasselternijveen, Nieuw-Buinen, Borger
  (9540, 9569, 'groningen'),      -- Vlagtwedde, Ter Apel
  (9570, 9579, 'drenthe'),        -- 2e Exloermond
  (9580, 9759, 'groningen'),      -- Musselkanaal, Veendam, Winschoten, Groningen, Haren
  (9760, 9769, 'drenthe'),        -- Eelde, Paterswolde
  (9770, 9850, 'groningen'),      -- Bedum, Zuidhorn, Grijpskerk
  (9851, 9853, 'friesland'),      -- Burum, Munnekezijl
  (9854, 9999, 'groningen');      -- Grootegast, Winsum, Appingedam, Delfzijl
