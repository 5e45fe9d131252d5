-- The regional cyber-resilience networks known from public information (docs: domain.md,
-- "Regional networks"); verify before production. Only facts found there are filled in: no
-- e-mail address, phone number, website or own contribution is guessed, unknown stays NULL.
-- Delivery channels are configured per deployment and are not seeded here.

INSERT INTO networks (id, name, area_description, website, offers_student_scan, offer_description, sector, is_fallback) VALUES
  ('cyber-safety-noord-nederland', 'Cyber Safety Noord-Nederland (CSNN)', 'Friesland', NULL, 'yes',
   'Studenten van ROC Friese Poort (Cyber@Work) en NHL Stenden voeren de scan uit bij je bedrijf.', NULL, 0),
  ('cyber-security-centrum-noord-nederland', 'Cyber Security Centrum Noord-Nederland', 'Groningen', NULL, 'unknown',
   'Het netwerk neemt contact met je op en bespreekt wat het voor je bedrijf kan doen.', NULL, 0),
  ('expertisecentrum-cyberweerbaarheid-limburg', 'Expertisecentrum Cyberweerbaarheid Limburg', 'Limburg', NULL, 'yes',
   'Studenten van Gilde Opleidingen en Vista College voeren de scan uit bij je bedrijf.', NULL, 0),
  ('cybernetwerk-utrecht', 'Cybernetwerk Utrecht', 'Stad Utrecht', 'https://cybernetwerkutrecht.nl', 'yes',
   'Studenten van ROC Midden Nederland voeren de scan uit bij je bedrijf.', NULL, 0),
  ('cyberchef-amersfoort', 'Cyberchef Amersfoort', 'Amersfoort', NULL, 'yes',
   'Studenten van ROC Midden Nederland voeren de scan uit bij je bedrijf.', NULL, 0),
  ('cyberwerf', 'Cyberwerf', 'Den Haag', NULL, 'yes',
   'Studenten van ROC Mondriaan voeren de scan uit bij je bedrijf.', NULL, 0),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 'Cyberweerbaarheidscentrum Greenport West-Holland',
   'Zuid-Holland, voor bedrijven in de tuinbouwketen', NULL, 'unknown',
   'Dit netwerk is er voor de tuinbouwketen; het neemt contact met je op en bespreekt wat het voor je bedrijf kan doen.',
   'agriculture', 0),
  ('cyber-weerbaarheidscentrum-brainport', 'Cyber Weerbaarheidscentrum Brainport', 'Regio Eindhoven', NULL, 'unknown',
   'Het netwerk neemt contact met je op en bespreekt wat het voor je bedrijf kan doen.', NULL, 0),
  ('cybernetwerk-drechtsteden', 'Cybernetwerk Drechtsteden', 'Drechtsteden', NULL, 'unknown',
   'Het netwerk neemt contact met je op en bespreekt wat het voor je bedrijf kan doen.', NULL, 0),
  ('cyberchef-flevoland', 'Cyberchef Flevoland', 'Zeewolde, Dronten en Lelystad', NULL, 'unknown',
   'Het netwerk neemt contact met je op en bespreekt wat het voor je bedrijf kan doen.', NULL, 0),
  ('platform-veilig-ondernemen', 'Platform Veilig Ondernemen (regionaal) / Digital Trust Center', 'Heel Nederland', NULL, 'unknown',
   'Is er voor jouw regio nog geen cybernetwerk bekend, dan helpt het regionale Platform Veilig Ondernemen of het Digital Trust Center je verder.',
   NULL, 1);

-- Areas as PC4 ranges: approximations of each network's area, to be confirmed with the network.
-- The province networks follow province_ranges (a test checks they match); the city networks
-- their municipality's postcodes. The national fallback has no area: it serves what is left.
INSERT INTO network_areas (network_id, pc4_from, pc4_to) VALUES
  ('cyber-safety-noord-nederland', 8390, 9299),
  ('cyber-safety-noord-nederland', 9851, 9853),
  ('cyber-security-centrum-noord-nederland', 9350, 9399),
  ('cyber-security-centrum-noord-nederland', 9479, 9479),
  ('cyber-security-centrum-noord-nederland', 9500, 9509),
  ('cyber-security-centrum-noord-nederland', 9540, 9569),
  ('cyber-security-centrum-noord-nederland', 9580, 9759),
  ('cyber-security-centrum-noord-nederland', 9770, 9850),
  ('cyber-security-centrum-noord-nederland', 9854, 9999),
  ('expertisecentrum-cyberweerbaarheid-limburg', 5768, 5768),
  ('expertisecentrum-cyberweerbaarheid-limburg', 5800, 5819),
  ('expertisecentrum-cyberweerbaarheid-limburg', 5850, 6019),
  ('expertisecentrum-cyberweerbaarheid-limburg', 6030, 6499),
  ('expertisecentrum-cyberweerbaarheid-limburg', 6584, 6599),
  ('cybernetwerk-utrecht', 3450, 3455),  -- Vleuten, De Meern, Haarzuilens
  ('cybernetwerk-utrecht', 3500, 3585),
  ('cyberchef-amersfoort', 3800, 3829),
  ('cyberwerf', 2490, 2599),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 2160, 3399),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 3465, 3466),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 4200, 4209),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 4220, 4229),
  ('cyberweerbaarheidscentrum-greenport-west-holland', 4240, 4241),
  ('cyber-weerbaarheidscentrum-brainport', 5500, 5699),
  ('cybernetwerk-drechtsteden', 2950, 2954),  -- Alblasserdam
  ('cybernetwerk-drechtsteden', 2995, 2995),  -- Heerjansdam
  ('cybernetwerk-drechtsteden', 3300, 3379),  -- Dordrecht ... Hardinxveld-Giessendam
  ('cyberchef-flevoland', 3890, 3899),        -- Zeewolde
  ('cyberchef-flevoland', 8200, 8259);        -- Lelystad, Dronten
