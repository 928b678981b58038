<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="28"/>
        <source>pixel classification</source>
        <translation>classification de pixels</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="29"/>
        <source>object classification</source>
        <translation>classification d&apos;objets</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>object detection</source>
        <translation>détection d&apos;objets</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="31"/>
        <source>instance segmentation</source>
        <translation>segmentation d&apos;instances</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="32"/>
        <source>change detection</source>
        <translation>détection de changements</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="33"/>
        <source>super resolution</source>
        <translation>super-résolution</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="34"/>
        <source>image translation</source>
        <translation>traduction d&apos;images</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="35"/>
        <source>pixel regression</source>
        <translation>régression de pixels</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="36"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Deep learning</source>
        <translation>Apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="52"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Classer des objets par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="55"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.

One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.

Output: the input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue. Below score_threshold the label and value are empty and the confidence is still written. Features outside the raster keep an empty label and are counted in the log.

Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name. With processing mode 1 (each raster separately) a feature is classified on every raster it overlaps, one row each, named in the Image field.

Model arguments (empty value = model default): batch_size, test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), score_threshold.</source>
        <translation>Applique un classificateur d&apos;images ONNX à un raster et attribue une étiquette de classe à chaque entité en entrée, par exemple des bâtiments étiquetés endommagés ou intacts d&apos;après une imagerie post-catastrophe.

Une imagette par entité : avec CropSizeFixed = 1 dans le modèle, une fenêtre de la taille d&apos;image du modèle centrée sur l&apos;entité ; avec 0, le rectangle englobant de l&apos;entité redimensionné à l&apos;entrée du modèle ; les points reçoivent toujours la fenêtre fixe et les lignes leur rectangle englobant. BlackenAroundFeature = 1 met à 0 les pixels situés hors d&apos;un polygone. Les entités dans un autre SCR sont reprojetées dans celui du raster.

Sortie : la géométrie et les attributs en entrée, plus le champ d&apos;étiquette (nom de la classe), Confidence (0-1) et ClassValue. Sous score_threshold, l&apos;étiquette et la valeur sont vides et la confiance est tout de même écrite. Les entités hors du raster gardent une étiquette vide et sont comptées dans le journal.

Sans entités en entrée, chaque image est classée en entier : une image géoréférencée donne une entité avec son emprise au sol, une image sans géoréférencement une ligne sans géométrie ; le champ Image contient son nom. Avec le mode de traitement 1 (chaque raster séparément), une entité est classée sur chaque raster qu&apos;elle recouvre, à raison d&apos;une ligne par raster, nommé dans le champ Image.

Arguments du modèle (valeur vide = valeur par défaut du modèle) : batch_size, test_time_augmentation (8 retournements et rotations en MAP_SPACE, 2 en PIXEL_SPACE), score_threshold.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="80"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Entités en entrée (points, lignes ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="86"/>
        <source>Class label field</source>
        <translation>Champ d&apos;étiquette de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="89"/>
        <source>Classified objects</source>
        <translation>Objets classés</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="114"/>
        <location filename="../algorithms/detect_objects.py" line="178"/>
        <source>The output layer could not be created.</source>
        <translation>La couche de sortie n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="119"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>La couche d&apos;entités en entrée est vide : la couche de sortie l&apos;est aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="139"/>
        <location filename="../algorithms/detect_objects.py" line="201"/>
        <location filename="../algorithms/export_training_data.py" line="337"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="159"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Les entités en entrée ont déjà un champ « {0} » de type {1} : choisissez un autre nom de champ d&apos;étiquette de classe, ou renommez ce champ.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="193"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0} : {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="229"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} entités se trouvent hors de « {1} » et gardent une étiquette vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="249"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} lignes étiquetées sur {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="84"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Classer des pixels par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="87"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).

The raster is processed in tiles of tile_size pixels read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.

Model arguments (leave a value empty to use the model&apos;s default): padding, batch_size, predict_background (false: class 0 never wins), test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min, for test-time augmentation), tile_size, threshold (minimum probability of the winning class; for two-class and sigmoid models the probability of class 1) and return_probability_raster.

Processing mode: 0 processes the input and the additional inputs as one mosaic; 1 classifies each separately into &lt;output name&gt;_&lt;input name&gt; in the folder of the output.

Cell size: empty uses the input&apos;s cell size, or the cell size the model was trained at when it states one; the output is always written on the input&apos;s grid. Mask: only pixels inside the polygons are classified; outside and input nodata become nodata.

Processor type: Auto uses the best available onnxruntime provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); GPU fails if none is available.</source>
        <translation>Applique un modèle ONNX de classification de pixels (segmentation) à un raster de taille quelconque et écrit un raster classé dont les pixels contiennent les valeurs de classe du modèle, symbolisé avec les noms et les couleurs des classes (table de couleurs, table attributaire raster et style .qml), et éventuellement un raster de probabilités (une bande float32 par classe).

Le raster est traité par tuiles de tile_size pixels, lues avec padding pixels de contexte de chaque côté ; les tuiles voisines se recouvrent de deux fois la marge et leurs prédictions sont fondues avec une fenêtre lissée, si bien qu&apos;aucune couture n&apos;apparaît. Les tuiles des bords droit et inférieur dépassent du raster : les pixels manquants sont remplis de 0 et jamais écrits. Le résultat est le même quelle que soit la taille de lot.

Arguments du modèle (laissez une valeur vide pour utiliser celle par défaut du modèle) : padding, batch_size, predict_background (false : la classe 0 ne l&apos;emporte jamais), test_time_augmentation (8 retournements et rotations en MAP_SPACE, 2 en PIXEL_SPACE), merge_policy (mean, max ou min, pour l&apos;augmentation au moment du test), tile_size, threshold (probabilité minimale de la classe gagnante ; pour les modèles à deux classes et sigmoïdes, la probabilité de la classe 1) et return_probability_raster.

Mode de traitement : 0 traite l&apos;entrée et les entrées supplémentaires comme une seule mosaïque ; 1 classe chacune séparément dans &lt;nom de sortie&gt;_&lt;nom d&apos;entrée&gt; dans le dossier de la sortie.

Taille de cellule : vide, c&apos;est celle de l&apos;entrée, ou celle avec laquelle le modèle a été entraîné s&apos;il l&apos;indique ; la sortie est toujours écrite sur la grille de l&apos;entrée. Masque : seuls les pixels à l&apos;intérieur des polygones sont classés ; à l&apos;extérieur, et là où l&apos;entrée est nodata, la sortie est nodata.

Type de processeur : Automatique utilise le meilleur fournisseur onnxruntime disponible (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, puis CPU) ; GPU échoue si aucun n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="116"/>
        <location filename="../algorithms/detect_objects.py" line="135"/>
        <location filename="../algorithms/export_training_data.py" line="206"/>
        <source>Processing extent</source>
        <translation>Emprise de traitement</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="120"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Taille de cellule (vide : celle de l&apos;entrée, ou celle de l&apos;entraînement du modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <location filename="../algorithms/detect_objects.py" line="139"/>
        <location filename="../algorithms/export_training_data.py" line="179"/>
        <source>Mask polygons</source>
        <translation>Polygones de masque</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="131"/>
        <source>Classified raster</source>
        <translation>Raster classé</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="135"/>
        <source>Probability raster</source>
        <translation>Raster de probabilités</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>Classified rasters written</source>
        <translation>Rasters classés écrits</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="141"/>
        <source>Execution provider used</source>
        <translation>Fournisseur d&apos;exécution utilisé</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="162"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>Traitement de {0} rasters comme une seule mosaïque.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="175"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Raster {0} sur {1} : {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="219"/>
        <source>Mask: {0} polygons.</source>
        <translation>Masque : {0} polygones.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="241"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Classification de {0} x {1} pixels en tuiles de {2} avec une marge de {3}, taille de lot {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="258"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Écriture du résultat sur la grille de l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="274"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="285"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} tuiles en {1:.1f} s ({2:.1f} tuiles/s sur {3}) ; temps du modèle {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="299"/>
        <source>Reading the input at a cell size of {0}.</source>
        <translation>Lecture de l&apos;entrée avec une taille de cellule de {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="311"/>
        <source>The model was trained at a cell size of {0}; the input ({1}) is read at {2} and the result written on the input&apos;s grid. Set a cell size to override.</source>
        <translation>Le modèle a été entraîné avec une taille de cellule de {0} ; l&apos;entrée ({1}) est lue à {2} et le résultat écrit sur la grille de l&apos;entrée. Indiquez une taille de cellule pour passer outre.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="86"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Détecter des objets par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="89"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1).

Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.

The raster is read in tiles of tile_size with padding pixels of context; detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles. Maximum overlap ratio (0 = off) drops a box covered by a higher-scoring box beyond that fraction of its own area. threshold is the minimum confidence.

Model arguments (empty value = model default): padding, threshold (default 0.1), nms_overlap (default 0.1), batch_size, exclude_pad_detections (default true), tile_size, test_time_augmentation. Mask: only objects whose centre lies inside the polygons are kept.</source>
        <translation>Applique un détecteur d&apos;objets ONNX à un raster de taille quelconque et écrit chaque objet trouvé sous forme de polygone (un rectangle orienté pour les modèles à boîtes orientées) avec son nom de classe, sa valeur de classe et sa confiance (0-1).

Sorties de modèle reconnues : YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], et boîtes orientées avec un angle), et exports intégrant la NMS (sorties boxes, scores et labels, comme en fournissent torchvision, RetinaNet et SSD). La disposition est lue dans la définition du modèle (ModelConfiguration, ou det_type de Deepness/GeoDeep) ou reconnue d&apos;après les formes des sorties.

Le raster est lu par tuiles de tile_size avec padding pixels de contexte ; les détections sont converties en coordonnées cartographiques ; exclude_pad_detections écarte les boîtes qui appartiennent au cœur d&apos;une tuile voisine, si bien qu&apos;un objet situé sur une jointure n&apos;est signalé qu&apos;une fois ; une suppression des non-maxima par classe (nms_overlap, un IoU) fusionne ensuite les doublons entre tuiles. Le taux de recouvrement maximal (0 = désactivé) écarte une boîte recouverte par une boîte de meilleur score au-delà de cette fraction de sa propre surface. threshold est la confiance minimale.

Arguments du modèle (valeur vide = valeur par défaut du modèle) : padding, threshold (0.1 par défaut), nms_overlap (0.1 par défaut), batch_size, exclude_pad_detections (true par défaut), tile_size, test_time_augmentation. Masque : seuls les objets dont le centre se trouve à l&apos;intérieur des polygones sont conservés.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="113"/>
        <source>Non maximum suppression</source>
        <translation>Suppression des non-maxima</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="118"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Taux de recouvrement maximal (0 = désactivé)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="126"/>
        <source>Class field name</source>
        <translation>Nom du champ de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="130"/>
        <source>Confidence field name</source>
        <translation>Nom du champ de confiance</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="144"/>
        <source>Detected objects</source>
        <translation>Objets détectés</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="160"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Les noms des champs de classe et de confiance doivent être différents l&apos;un de l&apos;autre ainsi que de {0} et {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0} : {1} objets dans {2} tuiles en {3:.1f} s ({4:.1f} tuiles/s sur {5} ; temps du modèle {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="244"/>
        <source>{0} objects written.</source>
        <translation>{0} objets écrits.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="86"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Exporter des données d&apos;entraînement pour l&apos;apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="89"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a folder that PyTorch, TensorFlow and arcgis.learn&apos;s prepare_data load unchanged: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.

Chips: tile size and stride in pixels; chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written; with &apos;output tiles without features&apos; off, only chips holding samples are.

Classes: the class value field, else a field named classvalue or value (any case), else class 1 for every feature; names and colours from Classname and RED/GREEN/BLUE fields, or the raster&apos;s attribute or colour table. Points and lines become sample areas buffered by the buffer radius (at least one pixel). Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip.

Metadata formats: 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles, 6 Export_Tiles (images only), 7 COCO, 8 YOLO (polygon label lines, usable for detection and segmentation).

Start index continues an existing export of the same format: give the next chip number; the folder&apos;s statistics are merged. Rotation angle also writes each chip rotated by multiples of the angle (labels rotated with it), keeping only rotations that lie inside the image data. Mask polygons: only chips completely inside them are written. Reference system: MAP_SPACE or PIXEL_SPACE (the raw image grid).</source>
        <translation>Découpe des imagettes et des étiquettes à partir d&apos;une imagerie et d&apos;échantillons étiquetés (une couche vecteur de points, de lignes ou de polygones, ou un raster classé) dans un dossier que PyTorch, TensorFlow et prepare_data d&apos;arcgis.learn chargent tel quel : images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json et esri_model_definition.emd ; COCO ajoute annotations.json, YOLO ajoute dataset.yaml.

Imagettes : taille de tuile et pas en pixels ; les imagettes avancent du pas depuis le coin supérieur gauche, et là où le dernier pas dépasserait le bord droit ou inférieur, une imagette supplémentaire est placée contre ce bord, si bien qu&apos;aucune partie du raster n&apos;est omise. Les pixels sont copiés sans modification (aucun rééchantillonnage sauf si une taille de cellule est indiquée) et chaque imagette garde le géoréférencement de sa fenêtre (balises GeoTIFF ; un fichier world et un .aux.xml pour PNG et JPEG). Les imagettes entièrement nodata ne sont pas écrites ; lorsque « Écrire les tuiles sans entité » est désactivé, seules les imagettes contenant des échantillons le sont.

Classes : le champ de valeur de classe, sinon un champ nommé classvalue ou value (casse indifférente), sinon la classe 1 pour toutes les entités ; noms et couleurs tirés des champs Classname et RED/GREEN/BLUE, ou de la table attributaire ou de la table de couleurs du raster. Les points et les lignes deviennent des zones d&apos;échantillon par un tampon du rayon indiqué (au moins un pixel). Les polygones sont rastérisés selon la règle du centre de pixel (comme GDAL) ; là où des échantillons se recouvrent dans Classified_Tiles, le plus petit l&apos;emporte. Les boîtes sont l&apos;emprise de l&apos;entité, découpée à l&apos;imagette.

Formats de métadonnées : 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (une imagette par entité, centrée sur celle-ci ou découpée à son rectangle englobant), 5 MultiLabeled_Tiles, 6 Export_Tiles (images seulement), 7 COCO, 8 YOLO (lignes d&apos;étiquettes polygonales, utilisables pour la détection et la segmentation).

L&apos;index de départ poursuit un export existant du même format : indiquez le numéro de la prochaine imagette ; les statistiques du dossier sont fusionnées. L&apos;angle de rotation écrit en plus chaque imagette tournée de multiples de l&apos;angle (étiquettes tournées avec elle), en ne gardant que les rotations situées dans les données de l&apos;image. Polygones de masque : seules les imagettes entièrement à l&apos;intérieur sont écrites. Système de référence : MAP_SPACE ou PIXEL_SPACE (la grille brute de l&apos;image).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="123"/>
        <source>Input class data (labelled samples)</source>
        <translation>Données de classes en entrée (échantillons étiquetés)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="130"/>
        <source>Input class raster (classified)</source>
        <translation>Raster de classes en entrée (classé)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="136"/>
        <source>Class value field</source>
        <translation>Champ de valeur de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="142"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="145"/>
        <source>Image chip format</source>
        <translation>Format des imagettes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="149"/>
        <source>Tile size X (pixels)</source>
        <translation>Taille de tuile X (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="150"/>
        <source>Tile size Y (pixels)</source>
        <translation>Taille de tuile Y (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="151"/>
        <source>Stride X (pixels)</source>
        <translation>Pas X (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>Stride Y (pixels)</source>
        <translation>Pas Y (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="159"/>
        <source>Output tiles without features</source>
        <translation>Écrire les tuiles sans entité</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="164"/>
        <source>Metadata format</source>
        <translation>Format des métadonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="169"/>
        <source>Start index</source>
        <translation>Index de départ</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="174"/>
        <source>Buffer radius</source>
        <translation>Rayon du tampon</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>Rotation angle (degrees)</source>
        <translation>Angle de rotation (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Reference system</source>
        <translation>Système de référence</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="199"/>
        <source>Blacken around feature</source>
        <translation>Noircir autour de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="203"/>
        <source>Crop mode</source>
        <translation>Mode de découpe</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Cell size (resample to)</source>
        <translation>Taille de cellule (rééchantillonner à)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Bands</source>
        <translation>Bandes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="222"/>
        <source>Chips written</source>
        <translation>Imagettes écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="223"/>
        <source>Features written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="248"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Indiquez soit des données de classes en entrée (vecteur), soit un raster de classes en entrée, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="271"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>La taille de tuile {0} x {1} dépasse celle du raster « {2} » ({3} x {4} pixels) : utilisez une taille de tuile plus petite.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="279"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>Les imagettes JPEG contiennent des données 8 bits, mais « {0} » est en {1} : choisissez TIFF, PNG ou MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="299"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Aucun échantillon étiqueté ne recouvre le raster en entrée : vérifiez que les données de classes couvrent le raster (et son emprise de traitement).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="323"/>
        <location filename="../algorithms/export_training_data.py" line="340"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier de sortie « {0} » ({1}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="331"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Annulé : le dossier contient les {0} imagettes écrites auparavant, décrites par map.txt et les statistiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="345"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} imagettes et {1} entités écrites dans {2} en {3:.1f} s ({4} imagettes entièrement nodata ignorées, {5} rotations hors de l&apos;image ignorées).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="368"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Classes issues du raster de classes : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="387"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Les données de classes en entrée ne contiennent aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="389"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Valeurs de classe issues du champ « {0} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="391"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Aucun champ de valeur de classe : toutes les entités sont de classe 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="403"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>Le champ de valeur de classe « {0} » contient « {1} », qui n&apos;est pas un nombre entier &gt;= 0 : choisissez un champ de classe numérique.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="44"/>
        <source>Install Python dependencies</source>
        <translation>Installer les dépendances Python</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="51"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.

Check only (the default): installs nothing. Reports what is installed, which execution providers onnxruntime offers, and the exact pip command that would run. Untick it to install.

Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.

onnxruntime build: Automatic installs the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, and the CPU build otherwise. The GPU build runs models with CUDA and needs the NVIDIA CUDA and cuDNN libraries that its version asks for (see onnxruntime.ai); without them models run on the CPU. It exists for Windows and Linux only.

Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>Installe les paquets Python dont les outils d&apos;apprentissage profond ont besoin, onnxruntime et OpenCV (opencv-python-headless), pour le Python exécuté par QGIS, puis indique les fournisseurs d&apos;exécution onnxruntime (CPU, CUDA, DirectML, ...) trouvés.

Vérifier seulement (par défaut) : n&apos;installe rien. Indique ce qui est installé, les fournisseurs d&apos;exécution qu&apos;offre onnxruntime et la commande pip exacte qui serait lancée. Décochez-le pour installer.

L&apos;installation télécharge les paquets depuis le Python Package Index (pypi.org) avec pip (plusieurs centaines de mégaoctets pour la variante GPU) dans un dossier de votre profil utilisateur, indiqué comme Dossier cible ; l&apos;extension ajoute ce dossier au chemin de recherche de Python au démarrage de QGIS, après les paquets propres à QGIS, si bien que les numpy et GDAL fournis avec QGIS restent utilisés. numpy est fixé à la version que QGIS possède déjà, afin que pip choisisse des versions compatibles avec elle.

Variante d&apos;onnxruntime : Automatique installe la variante GPU NVIDIA (onnxruntime-gpu) si un pilote NVIDIA est trouvé sur cet ordinateur, et la variante CPU sinon. La variante GPU exécute les modèles avec CUDA et nécessite les bibliothèques NVIDIA CUDA et cuDNN demandées par sa version (voir onnxruntime.ai) ; sans elles, les modèles s&apos;exécutent sur le CPU. Elle n&apos;existe que pour Windows et Linux.

Redémarrez QGIS après l&apos;installation : un QGIS en cours d&apos;exécution garde l&apos;onnxruntime qu&apos;il a déjà chargé.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="76"/>
        <source>onnxruntime build</source>
        <translation>Variante d&apos;onnxruntime</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="78"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automatique : variante GPU NVIDIA si un pilote NVIDIA est présent</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="79"/>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="87"/>
        <source>Check only (install nothing)</source>
        <translation>Vérifier seulement (ne rien installer)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="90"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Execution providers</source>
        <translation>Fournisseurs d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="94"/>
        <source>pip command</source>
        <translation>Commande pip</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="95"/>
        <source>Target folder</source>
        <translation>Dossier cible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>NVIDIA driver: {0}</source>
        <translation>Pilote NVIDIA : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="103"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Python exécuté par QGIS : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="104"/>
        <source>Target folder: {0}</source>
        <translation>Dossier cible : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <location filename="../algorithms/install_dependencies.py" line="142"/>
        <source>Checking the installed packages…</source>
        <translation>Vérification des paquets installés…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="109"/>
        <source>Packages: {0}</source>
        <translation>Paquets : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="112"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>Aucun pilote NVIDIA n&apos;a été trouvé : la variante GPU exécutera les modèles sur le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="122"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Vérification seule : rien n&apos;a été installé. Pour installer, relancez cet outil en décochant « Vérifier seulement », ou exécutez cette commande dans un terminal :
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="132"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip n&apos;est pas disponible pour le Python exécuté par QGIS ({0}) : {1}. Installez d&apos;abord pip pour ce Python (Debian et Ubuntu : sudo apt install python3-pip), puis relancez cet outil.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="138"/>
        <source>Downloading and installing with pip…</source>
        <translation>Téléchargement et installation avec pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="139"/>
        <source>Running: {0}</source>
        <translation>Exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime a été installé dans {0} mais ne peut pas être importé : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="152"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Redémarrez QGIS pour utiliser les paquets qui viennent d&apos;être installés.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="155"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>La variante GPU n&apos;exécute les modèles avec CUDA que si les bibliothèques NVIDIA CUDA et cuDNN dont elle a besoin sont installées ; sinon, les outils se rabattent sur le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="168"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="169"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="176"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>Le paquet {0} du dossier cible n&apos;est pas celui qu&apos;utilise l&apos;extension : {1} le précède dans le chemin Python. Désinstallez cette copie pour utiliser celle du dossier cible.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>Execution providers: {0}</source>
        <translation>Fournisseurs d&apos;exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>{0}: not available ({1})</source>
        <translation>{0} : non disponible ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="188"/>
        <source>target folder</source>
        <translation>dossier cible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="189"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="34"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Interroger les informations d&apos;un modèle d&apos;apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="37"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer.

Model: an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings read from its Deepness/GeoDeep metadata or inferred from its input and output shapes) or a model definition given as a JSON string. Python raster functions carried in a .dlpk are never run.

Outputs: MODEL_TYPE (pixel classification, object classification, object detection, ...), CLASSES (JSON list of value, name and colour), INPUT_SHAPE (JSON list, null for a dynamic dimension), BANDS (the raster bands the model reads, 1-based, comma separated), TILE_SIZE (pixels), EXECUTION_PROVIDER (the onnxruntime provider that would run the model here, with processor type Auto) and AVAILABLE_PROVIDERS (all providers this onnxruntime offers).</source>
        <translation>Lit un modèle d&apos;apprentissage profond et indique ce qu&apos;il est et comment il s&apos;exécutera sur cet ordinateur.

Modèle : une définition de modèle Esri (.emd), un paquet d&apos;apprentissage profond (.dlpk), un modèle ONNX seul (.onnx ; paramètres lus dans ses métadonnées Deepness/GeoDeep ou déduits des formes de ses entrées et sorties) ou une définition de modèle donnée sous forme de chaîne JSON. Les fonctions raster Python contenues dans un .dlpk ne sont jamais exécutées.

Sorties : MODEL_TYPE (classification de pixels, classification d&apos;objets, détection d&apos;objets, ...), CLASSES (liste JSON de valeur, nom et couleur), INPUT_SHAPE (liste JSON, null pour une dimension dynamique), BANDS (les bandes du raster lues par le modèle, numérotées à partir de 1, séparées par des virgules), TILE_SIZE (pixels), EXECUTION_PROVIDER (le fournisseur onnxruntime qui exécuterait le modèle sur cet ordinateur, avec le type de processeur Automatique) et AVAILABLE_PROVIDERS (tous les fournisseurs qu&apos;offre cet onnxruntime).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <location filename="../algorithms/model_tool.py" line="87"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Définition du modèle (.emd, .dlpk, .onnx ou JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="52"/>
        <source>A .emd, .dlpk or .onnx file, or a model definition as a JSON string.</source>
        <translation>Un fichier .emd, .dlpk ou .onnx, ou une définition de modèle sous forme de chaîne JSON.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="54"/>
        <source>Model type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="55"/>
        <source>Classes (JSON)</source>
        <translation>Classes (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="56"/>
        <source>Input shape (JSON)</source>
        <translation>Forme de l&apos;entrée (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="57"/>
        <source>Bands read (1-based)</source>
        <translation>Bandes lues (numérotées à partir de 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="58"/>
        <source>Tile size (pixels)</source>
        <translation>Taille de tuile (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>Execution provider</source>
        <translation>Fournisseur d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="60"/>
        <source>Available providers</source>
        <translation>Fournisseurs disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="86"/>
        <source>Model: {0}</source>
        <translation>Modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="87"/>
        <source>Type: {0} ({1})</source>
        <translation>Type : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="90"/>
        <source>Read from: {0} ({1})</source>
        <translation>Lu depuis : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="91"/>
        <source>Model file: {0}</source>
        <translation>Fichier du modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework : {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Entrée « {0} » : forme {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="105"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Sortie « {0} » : forme {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="108"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Bandes lues (numérotées à partir de 1) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="111"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Tuile : {0} x {1} pixels, marge {2}, taille de lot {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="117"/>
        <source>Normalisation ({0}): (x - {1}) / {2}</source>
        <translation>Normalisation ({0}) : (x - {1}) / {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="122"/>
        <source>  then (x - {0}) / {1}</source>
        <translation>  puis (x - {0}) / {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="124"/>
        <source>Data range: {0} to {1}</source>
        <translation>Plage de données : {0} à {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="126"/>
        <source>Threshold: {0}</source>
        <translation>Seuil : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Taille de cellule : {0} à {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="132"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Espace image : {0} ; taille de découpe fixe : {1} ; noircir autour de l&apos;entité : {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="136"/>
        <source>Classes ({0}):</source>
        <translation>Classes ({0}) :</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>no colour</source>
        <translation>pas de couleur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="142"/>
        <source>Model argument defaults: {0}</source>
        <translation>Valeurs par défaut des arguments du modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="147"/>
        <source>Other keys kept: {0}</source>
        <translation>Autres clés conservées : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Fournisseur d&apos;exécution sur cet ordinateur (type de processeur Automatique) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="149"/>
        <source>Available providers: {0}</source>
        <translation>Fournisseurs disponibles : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="51"/>
        <source>Input raster</source>
        <translation>Raster en entrée</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="54"/>
        <source>Additional input rasters</source>
        <translation>Rasters en entrée supplémentaires</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="60"/>
        <source>Processing mode</source>
        <translation>Mode de traitement</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process as mosaicked image</source>
        <translation>Traiter comme une image mosaïquée</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process all raster items separately</source>
        <translation>Traiter chaque raster séparément</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="70"/>
        <source>The input raster could not be opened.</source>
        <translation>Le raster en entrée n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="92"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Arguments du modèle (valeur vide = valeur par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="106"/>
        <source>Processor type</source>
        <translation>Type de processeur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="112"/>
        <source>GPU id</source>
        <translation>Identifiant du GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Cet outil nécessite un modèle de type « {1} » ; ce modèle est de type « {0} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="139"/>
        <source>Execution provider: {0}</source>
        <translation>Fournisseur d&apos;exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="142"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>Le fournisseur demandé n&apos;a pas pu exécuter le modèle ; exécution sur {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Modèles d&apos;apprentissage profond (*.emd *.dlpk *.onnx *.json);;Tous les fichiers (*.*)</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Apprentissage profond raster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install onnxruntime and OpenCV for the deep-learning tools</source>
        <translation>Installer onnxruntime et OpenCV pour les outils d&apos;apprentissage profond</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningProvider</name>
    <message>
        <location filename="../provider/provider.py" line="25"/>
        <source>Raster Deep Learning</source>
        <translation>Apprentissage profond raster</translation>
    </message>
</context>
</TS>
