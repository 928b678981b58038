<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>pixel classification</source>
        <translation>classification de pixels</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>object classification</source>
        <translation>classification d&apos;objets</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>object detection</source>
        <translation>détection d&apos;objets</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>instance segmentation</source>
        <translation>segmentation d&apos;instances</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="46"/>
        <source>change detection</source>
        <translation>détection de changements</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="47"/>
        <source>super resolution</source>
        <translation>super-résolution</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>image translation</source>
        <translation>traduction d&apos;images</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="49"/>
        <source>pixel regression</source>
        <translation>régression de pixels</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="50"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="68"/>
        <source>an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings from its Deepness/GeoDeep metadata, or inferred from its input and output shapes) or a model definition as a JSON string. Python code inside a .dlpk is never run.</source>
        <translation>une définition de modèle Esri (.emd), un paquet d&apos;apprentissage profond (.dlpk), un modèle ONNX seul (.onnx ; paramètres lus dans ses métadonnées Deepness/GeoDeep, ou déduits des formes de ses entrées et sorties) ou une définition de modèle sous forme de chaîne JSON. Le code Python contenu dans un .dlpk n&apos;est jamais exécuté.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="148"/>
        <source>The disk is full: cannot write &apos;{0}&apos; ({1}). Free some space or choose another folder.</source>
        <translation>Le disque est plein : impossible d&apos;écrire « {0} » ({1}). Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="151"/>
        <source>Cannot read or write &apos;{0}&apos;: {1}.</source>
        <translation>Impossible de lire ou d&apos;écrire « {0} » : {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/chip_footprints.py" line="82"/>
        <source>Could not write the chip footprint of {0}.</source>
        <translation>Impossible d&apos;écrire l&apos;emprise de l&apos;imagette {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="65"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Classer des objets par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="69"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.</source>
        <translation>Applique un classificateur d&apos;images ONNX à un raster et attribue une étiquette de classe à chaque entité en entrée, par exemple des bâtiments étiquetés endommagés ou intacts d&apos;après une imagerie post-catastrophe.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="73"/>
        <source>One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.</source>
        <translation>Une imagette par entité : avec CropSizeFixed = 1 dans le modèle, une fenêtre de la taille d&apos;image du modèle centrée sur l&apos;entité ; avec 0, le rectangle englobant de l&apos;entité redimensionné à l&apos;entrée du modèle ; les points reçoivent toujours la fenêtre fixe et les lignes leur rectangle englobant. BlackenAroundFeature = 1 met à 0 les pixels situés hors d&apos;un polygone. Les entités dans un autre SCR sont reprojetées dans celui du raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="79"/>
        <source>Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name.</source>
        <translation>Sans entités en entrée, chaque image est classée en entier : une image géoréférencée donne une entité avec son emprise au sol, une image sans géoréférencement une ligne sans géométrie ; le champ Image contient son nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="87"/>
        <source>a feature is classified on every raster it overlaps, one row per raster, named in the Image field.</source>
        <translation>une entité est classée sur chaque raster qu&apos;elle recouvre, à raison d&apos;une ligne par raster, nommé dans le champ Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="93"/>
        <source>batch_size (chips per model run; default the model&apos;s, else 4), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE) and score_threshold (minimum confidence, 0-1: below it the label and value stay empty while the confidence is still written; default the model&apos;s, else 0.5)</source>
        <translation>batch_size (imagettes par exécution du modèle ; par défaut celle du modèle, sinon 4), test_time_augmentation (false par défaut ; true fusionne 8 retournements et rotations en MAP_SPACE, 2 en PIXEL_SPACE) et score_threshold (confiance minimale, 0-1 : en dessous, l&apos;étiquette et la valeur restent vides tandis que la confiance est tout de même écrite ; par défaut celle du modèle, sinon 0.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="103"/>
        <source>The raster to read the chips from: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens with a fixed size (not a web layer).</source>
        <translation>Le raster dans lequel les imagettes sont lues : GeoTIFF, VRT, raster GeoPackage ou tout autre raster de taille fixe que QGIS ouvre (pas une couche web).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="107"/>
        <source>Optional. Points, lines or polygons in any CRS (reprojected to the raster&apos;s), one chip each. Features outside the raster keep an empty label and are counted in the log; an empty layer gives an empty output and a warning. Without features each image is classified whole.</source>
        <translation>Facultatif. Points, lignes ou polygones dans n&apos;importe quel SCR (reprojetés dans celui du raster), une imagette chacun. Les entités hors du raster gardent une étiquette vide et sont comptées dans le journal ; une couche vide donne une sortie vide et un avertissement. Sans entités, chaque image est classée en entier.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="112"/>
        <source>Name of the field that receives the class name (default ClassLabel). A field of that name in the input features is reused when it holds text; one of another type is an error.</source>
        <translation>Nom du champ qui reçoit le nom de la classe (ClassLabel par défaut). Un champ de ce nom dans les entités en entrée est réutilisé s&apos;il contient du texte ; un champ d&apos;un autre type est une erreur.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="116"/>
        <source>The input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue; an Image field names the raster without input features or with processing mode 1.</source>
        <translation>La géométrie et les attributs en entrée, plus le champ d&apos;étiquette (nom de la classe), Confidence (0-1) et ClassValue ; un champ Image nomme le raster sans entités en entrée ou avec le mode de traitement 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="124"/>
        <source>The classified features.</source>
        <translation>Les entités classées.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="132"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Entités en entrée (points, lignes ou polygones)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="138"/>
        <source>Class label field</source>
        <translation>Champ d&apos;étiquette de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="141"/>
        <source>Classified objects</source>
        <translation>Objets classés</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="188"/>
        <source>No label</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="200"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>La couche d&apos;entités en entrée est vide : la couche de sortie l&apos;est aussi.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="230"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Les entités en entrée ont déjà un champ « {0} » de type {1} : choisissez un autre nom de champ d&apos;étiquette de classe, ou renommez ce champ.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="263"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0} : {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="303"/>
        <source>0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and the raster cover the same place (and their coordinate reference systems).</source>
        <translation>0 ligne étiquetée sur {0} : aucune entité ne recouvre l&apos;imagerie. Vérifiez que les entités et le raster couvrent le même lieu (ainsi que leurs systèmes de coordonnées de référence).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="309"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} lignes étiquetées sur {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="325"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} entités se trouvent hors de « {1} » et gardent une étiquette vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="336"/>
        <source>CLUSTER reads georeferenced rasters, and &apos;{0}&apos; has no coordinate reference system: georeference it, or leave CLUSTER empty to classify it here.</source>
        <translation>CLUSTER lit des rasters géoréférencés, et &apos;{0}&apos; n&apos;a pas de système de coordonnées : géoréférencez-le, ou laissez CLUSTER vide pour le classer ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="364"/>
        <source>{0} features in {1} parts go to the cluster; progress counts finished parts.</source>
        <translation>{0} entités en {1} parties partent vers le cluster ; la progression compte les parties terminées.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="369"/>
        <source>The object classification was cancelled.</source>
        <translation>La classification des objets a été annulée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="373"/>
        <source>{0} parts ran on {1} workers: {2} chips in {3:.1f} s; model time {4:.1f} s.</source>
        <translation>{0} parties exécutées sur {1} workers : {2} imagettes en {3:.1f} s ; temps du modèle {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="379"/>
        <source>{0} parts ran again to read the model outputs as the first chips of the run decided ({1}): their own first chips had decided otherwise.</source>
        <translation>{0} parties ont été relancées pour lire les sorties du modèle comme l&apos;ont décidé les premières imagettes de l&apos;exécution ({1}) : leurs propres premières imagettes avaient décidé autrement.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="70"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Classer des pixels par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="74"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).</source>
        <translation>Applique un modèle ONNX de classification de pixels (segmentation) à un raster de taille quelconque et écrit un raster classé dont les pixels contiennent les valeurs de classe du modèle, symbolisé avec les noms et les couleurs des classes (table de couleurs, table attributaire raster et style .qml), et éventuellement un raster de probabilités (une bande float32 par classe).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="80"/>
        <source>The raster is processed in tiles of tile_size pixels (N for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.</source>
        <translation>Le raster est traité par tuiles de tile_size pixels (N pour des tuiles carrées, ou W,H pour la largeur et la hauteur, écrit WxH sur la ligne de commande de qgis_process : un modèle entraîné sur des images de 800 x 608 prend 800,608, sa valeur par défaut), lues avec padding pixels de contexte de chaque côté ; les tuiles voisines se recouvrent de deux fois la marge et leurs prédictions sont fondues avec une fenêtre lissée, si bien qu&apos;aucune couture n&apos;apparaît. Les tuiles des bords droit et inférieur dépassent du raster : les pixels manquants sont remplis de 0 et jamais écrits. Le résultat est le même quelle que soit la taille de lot.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="89"/>
        <source>The output is written to a temporary file and moved in place only when the run succeeds: a cancelled or failed run leaves nothing behind and never replaces an existing file. The log names the execution provider and the throughput (tiles/s).</source>
        <translation>La sortie est écrite dans un fichier temporaire et mise en place seulement si l&apos;exécution réussit : une exécution annulée ou en échec ne laisse rien derrière elle et ne remplace jamais un fichier existant. Le journal indique le fournisseur d&apos;exécution et le débit (tuiles/s).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="97"/>
        <source>each raster is classified into &lt;output&gt;_&lt;input name&gt; beside the classified raster (and into &lt;probability raster&gt;_&lt;input name&gt; when a probability raster is given).</source>
        <translation>chaque raster est classé dans &lt;sortie&gt;_&lt;nom d&apos;entrée&gt; à côté du raster classé (et dans &lt;raster de probabilités&gt;_&lt;nom d&apos;entrée&gt; si un raster de probabilités est indiqué).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="103"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), batch_size (tiles per model run; default the model&apos;s, else 4), predict_background (false: class 0 never wins; default false for an Esri model listing two or more classes, none of Value 0, as ArcGIS Pro does, else true), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min: how test-time augmentation merges the predictions; default mean), tile_size (pixels; default the model&apos;s tile size), threshold (minimum probability of the winning class, below which a pixel gets the background class or nodata; for two-class and sigmoid models the probability of class 1; default the model&apos;s, else 0.5 with two classes and 0 with more) and return_probability_raster (default false; true also writes the probabilities into &lt;output&gt;_probabilities.tif when no probability raster is given); for a model with several outputs, output_index (default 0) picks the output to classify. Channels in [0, 1] that do not sum to 1 are independent probabilities: each is thresholded (0.5 when threshold is 0), the best above it wins, the background where none is.</source>
        <translation>padding (pixels de contexte lus de chaque côté d&apos;une tuile ; par défaut celui du modèle, sinon le quart de la taille de tuile), batch_size (tuiles par exécution du modèle ; par défaut celle du modèle, sinon 4), predict_background (false : la classe 0 ne l&apos;emporte jamais ; false par défaut pour un modèle Esri listant deux classes ou plus, dont aucune de Value 0, comme le fait ArcGIS Pro, sinon true), test_time_augmentation (false par défaut ; true fusionne 8 retournements et rotations en MAP_SPACE, 2 en PIXEL_SPACE), merge_policy (mean, max ou min : comment l&apos;augmentation au moment du test fusionne les prédictions ; mean par défaut), tile_size (pixels ; par défaut la taille de tuile du modèle), threshold (probabilité minimale de la classe gagnante, en dessous de laquelle un pixel reçoit la classe de fond ou nodata ; pour les modèles à deux classes et sigmoïdes, la probabilité de la classe 1 ; par défaut celui du modèle, sinon 0.5 avec deux classes et 0 avec davantage) et return_probability_raster (false par défaut ; true écrit en plus les probabilités dans &lt;output&gt;_probabilities.tif si aucun raster de probabilités n&apos;est indiqué) ; pour un modèle à plusieurs sorties, output_index (0 par défaut) choisit la sortie à classer. Des canaux dans [0, 1] dont la somme ne vaut pas 1 sont des probabilités indépendantes : chacun est seuillé (0.5 quand threshold vaut 0), le meilleur au-dessus du seuil l&apos;emporte, la classe de fond là où il n&apos;y en a aucun.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="123"/>
        <source>Optional. Only the part of the raster inside this extent is classified, and the output covers that part only (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Facultatif. Seule la partie du raster située dans cette emprise est classée, et la sortie ne couvre que cette partie (alignée vers l&apos;extérieur sur les pixels du raster) ; nécessaire pour une couche web. Par défaut : tout le raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <source>Optional. The cell size to read the input at, in its map units. Empty (default): the input&apos;s own cell size, unless the model states the cell size it was trained at and the input&apos;s differs: then the input is read at that size on the ground (in EPSG:3857 metres / cos(latitude)); web layers are read at it, or at their finest zoom when the model states none. The log says at which cell size, ground distance and web-map zoom. The result is always written on the input&apos;s grid.</source>
        <translation>Facultatif. La taille de cellule à laquelle lire l&apos;entrée, dans ses unités cartographiques. Vide (par défaut) : la taille de cellule de l&apos;entrée, sauf si le modèle indique la taille de cellule avec laquelle il a été entraîné et que celle de l&apos;entrée diffère : l&apos;entrée est alors lue à cette taille au sol (en mètres EPSG:3857 / cos(latitude)) ; les couches web sont lues à cette taille, ou à leur zoom le plus fin si le modèle n&apos;en indique aucune. Le journal indique la taille de cellule, la distance au sol et le niveau de zoom de carte web utilisés. Le résultat est toujours écrit sur la grille de l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="136"/>
        <source>Optional. Only pixels inside these polygons are classified; outside them, and where the input is nodata, the output is nodata.</source>
        <translation>Facultatif. Seuls les pixels situés à l&apos;intérieur de ces polygones sont classés ; à l&apos;extérieur, et là où l&apos;entrée est nodata, la sortie est nodata.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>The classified raster: a GeoTIFF (tiled, DEFLATE) holding the model&apos;s class values in the smallest integer type that holds them, with a colour table, a raster attribute table (Value/Class/Red/Green/Blue) and a .qml style beside it.</source>
        <translation>Le raster classé : un GeoTIFF (tuilé, DEFLATE) contenant les valeurs de classe du modèle dans le plus petit type entier qui les contient, avec une table de couleurs, une table attributaire raster (Value/Class/Red/Green/Blue) et un style .qml à côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="145"/>
        <source>Optional, not created by default. A GeoTIFF with one float32 band per class, holding the probability of that class.</source>
        <translation>Facultatif, non créé par défaut. Un GeoTIFF avec une bande float32 par classe, contenant la probabilité de cette classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="153"/>
        <source>The classified raster (the first one with processing mode 1).</source>
        <translation>Le raster classé (le premier avec le mode de traitement 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="154"/>
        <source>The probability raster, when one was asked for.</source>
        <translation>Le raster de probabilités, s&apos;il a été demandé.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="155"/>
        <source>Every classified raster written, separated by semicolons.</source>
        <translation>Tous les rasters classés écrits, séparés par des points-virgules.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="156"/>
        <source>The onnxruntime execution provider that ran the model.</source>
        <translation>Le fournisseur d&apos;exécution onnxruntime qui a exécuté le modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="164"/>
        <location filename="../algorithms/detect_objects.py" line="199"/>
        <location filename="../algorithms/export_training_data.py" line="285"/>
        <source>Processing extent</source>
        <translation>Emprise de traitement</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="168"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Taille de cellule (vide : celle de l&apos;entrée, ou celle de l&apos;entraînement du modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="176"/>
        <location filename="../algorithms/detect_objects.py" line="203"/>
        <location filename="../algorithms/export_training_data.py" line="272"/>
        <source>Mask polygons</source>
        <translation>Polygones de masque</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="179"/>
        <source>Classified raster</source>
        <translation>Raster classé</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="183"/>
        <source>Probability raster</source>
        <translation>Raster de probabilités</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="189"/>
        <source>Classified rasters written</source>
        <translation>Rasters classés écrits</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="190"/>
        <source>Execution provider used</source>
        <translation>Fournisseur d&apos;exécution utilisé</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="249"/>
        <source>The model has {0} outputs ({1}); classifying output {2} &apos;{3}&apos;. Set the model argument output_index to classify another one.</source>
        <translation>Le modèle a {0} sorties ({1}) ; classification de la sortie {2} « {3} ». Indiquez l&apos;argument du modèle output_index pour en classer une autre.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="265"/>
        <source>as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background channel arcgis.learn adds at training never wins</source>
        <translation>comme dans ArcGIS Pro : le modèle liste {0} classes et aucune n&apos;a la Value 0, donc le canal de fond qu&apos;arcgis.learn ajoute à l&apos;entraînement ne l&apos;emporte jamais</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="269"/>
        <source>as in ArcGIS Pro: the model has a class of Value 0</source>
        <translation>comme dans ArcGIS Pro : le modèle a une classe de Value 0</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="270"/>
        <source>as in ArcGIS Pro: the model lists at most one class</source>
        <translation>comme dans ArcGIS Pro : le modèle liste au plus une classe</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="271"/>
        <source>the model is not an Esri definition</source>
        <translation>le modèle n&apos;est pas une définition Esri</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="276"/>
        <source>predict_background: {0} (the default, {1}).</source>
        <translation>predict_background : {0} (la valeur par défaut, {1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="279"/>
        <source>predict_background: {0} (set in the model arguments; the default is {1}, {2}).</source>
        <translation>predict_background : {0} (indiqué dans les arguments du modèle ; la valeur par défaut est {1}, {2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="289"/>
        <source>Output channels that never win (the model&apos;s ignore_mapped_class, classes left out at training): {0}.</source>
        <translation>Canaux de sortie qui ne l&apos;emportent jamais (ignore_mapped_class du modèle, classes écartées à l&apos;entraînement) : {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="336"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Classification de {0} x {1} pixels en tuiles de {2} avec une marge de {3}, taille de lot {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="350"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Écriture du résultat sur la grille de l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="386"/>
        <source>The classification was cancelled.</source>
        <translation>La classification a été annulée.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="396"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n&apos;a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="405"/>
        <source>Mask: {0} polygons.</source>
        <translation>Masque : {0} polygones.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="408"/>
        <source>The mask holds no polygon: every output pixel is nodata. Check the mask layer.</source>
        <translation>Le masque ne contient aucun polygone : tous les pixels de sortie sont nodata. Vérifiez la couche de masque.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="416"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} tuiles en {1:.1f} s ({2:.1f} tuiles/s sur {3}) ; temps du modèle {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="425"/>
        <source>The raster is wider than {0} pixels: it was classified in {1} vertical strips, which keeps memory bounded; tiles on strip borders ran twice.</source>
        <translation>Le raster fait plus de {0} pixels de large : il a été classé en {1} bandes verticales, ce qui borne la mémoire ; les tuiles en bordure de bande ont été calculées deux fois.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="93"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Détecter des objets par apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="97"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1). The layer is styled by class when QGIS loads it.</source>
        <translation>Applique un détecteur d&apos;objets ONNX à un raster de taille quelconque et écrit chaque objet trouvé sous forme de polygone (un rectangle orienté pour les modèles à boîtes orientées) avec son nom de classe, sa valeur de classe et sa confiance (0-1). La couche est symbolisée par classe lorsque QGIS la charge.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="102"/>
        <source>Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give; labels are read 1-based when the definition lists classes without a class 0, as Esri definitions do). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.</source>
        <translation>Sorties de modèle reconnues : YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], et boîtes orientées avec un angle), et exports intégrant la NMS (sorties boxes, scores et labels, comme en fournissent torchvision, RetinaNet et SSD ; les labels sont lus à partir de 1 lorsque la définition liste les classes sans classe 0, comme le font les définitions Esri). La disposition est lue dans la définition du modèle (ModelConfiguration, ou det_type de Deepness/GeoDeep) ou reconnue d&apos;après les formes des sorties.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="110"/>
        <source>The raster is read in tiles of tile_size (N pixels for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) with padding pixels of context, at the model&apos;s training cell size on the ground when the model states one and the raster&apos;s lies outside it (web layers always; the log says at which cell size); detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles.</source>
        <translation>Le raster est lu par tuiles de tile_size (N pixels pour des tuiles carrées, ou W,H pour la largeur et la hauteur, écrit WxH sur la ligne de commande de qgis_process : un modèle entraîné sur des images de 800 x 608 prend 800,608, sa valeur par défaut) avec padding pixels de contexte, à la taille de cellule au sol de l&apos;entraînement du modèle quand le modèle en indique une et que celle du raster en sort (toujours pour les couches web ; le journal indique la taille de cellule) ; les détections sont converties en coordonnées cartographiques ; exclude_pad_detections écarte les boîtes qui appartiennent au cœur d&apos;une tuile voisine, si bien qu&apos;un objet situé sur une jointure n&apos;est signalé qu&apos;une fois ; une suppression des non-maxima par classe (nms_overlap, un IoU) fusionne ensuite les doublons entre tuiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="123"/>
        <source>each raster is searched on its own, and an Image field names the raster of each object.</source>
        <translation>chaque raster est parcouru séparément, et un champ Image nomme le raster de chaque objet.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="128"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), threshold (minimum confidence; default the model&apos;s, else 0.1), nms_overlap (the IoU above which non-maximum suppression merges two boxes; default the model&apos;s, else 0.1), batch_size (tiles per model run; default the model&apos;s, else 4), exclude_pad_detections (default true: a tile keeps only the boxes whose centre lies in its share of the overlap with its neighbours), tile_size (pixels; default the model&apos;s tile size) and test_time_augmentation (default false; true adds a horizontal flip, and a vertical flip in MAP_SPACE, merged by non-maximum suppression) and nms_class_agnostic (default false: boxes of different classes never suppress each other; true merges overlapping boxes whatever their class)</source>
        <translation>padding (pixels de contexte lus de chaque côté d&apos;une tuile ; par défaut celui du modèle, sinon le quart de la taille de tuile), threshold (confiance minimale ; par défaut celle du modèle, sinon 0.1), nms_overlap (l&apos;IoU au-delà duquel la suppression des non-maxima fusionne deux boîtes ; par défaut celui du modèle, sinon 0.1), batch_size (tuiles par exécution du modèle ; par défaut celle du modèle, sinon 4), exclude_pad_detections (true par défaut : une tuile ne garde que les boîtes dont le centre se trouve dans sa part du recouvrement avec ses voisines), tile_size (pixels ; par défaut la taille de tuile du modèle), test_time_augmentation (false par défaut ; true ajoute un retournement horizontal, et un retournement vertical en MAP_SPACE, fusionnés par suppression des non-maxima) et nms_class_agnostic (false par défaut : les boîtes de classes différentes ne se suppriment jamais entre elles ; true fusionne les boîtes qui se recouvrent quelle que soit leur classe)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="143"/>
        <source>Class-aware non-maximum suppression across tiles (default true): of the boxes of one class that overlap by more than nms_overlap (IoU), only the highest-scoring one is kept.</source>
        <translation>Suppression des non-maxima par classe entre les tuiles (true par défaut) : parmi les boîtes d&apos;une même classe qui se recouvrent de plus de nms_overlap (IoU), seule celle de meilleur score est gardée.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="147"/>
        <source>0-1, default 0 (off). Drops a box covered by a higher-scoring box of any class beyond this fraction of its own area.</source>
        <translation>0-1, 0 par défaut (désactivé). Écarte une boîte recouverte par une boîte de meilleur score, de n&apos;importe quelle classe, au-delà de cette fraction de sa propre surface.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="151"/>
        <source>Name of the field that receives the class name (default Class); the ClassValue field holds the class value.</source>
        <translation>Nom du champ qui reçoit le nom de la classe (Class par défaut) ; le champ ClassValue contient la valeur de la classe.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="155"/>
        <source>Name of the field that receives the confidence, 0-1 (default Confidence). The two field names must differ from each other and from ClassValue and Image.</source>
        <translation>Nom du champ qui reçoit la confiance, 0-1 (Confidence par défaut). Les deux noms de champ doivent différer l&apos;un de l&apos;autre ainsi que de ClassValue et d&apos;Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="159"/>
        <source>Optional. Only the part of the raster inside this extent is searched (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Facultatif. Seule la partie du raster située dans cette emprise est parcourue (alignée vers l&apos;extérieur sur les pixels du raster) ; nécessaire pour une couche web. Par défaut : tout le raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="163"/>
        <source>Optional. Only objects whose centre lies inside these polygons are kept.</source>
        <translation>Facultatif. Seuls les objets dont le centre se trouve à l&apos;intérieur de ces polygones sont conservés.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="164"/>
        <source>Polygons in the raster&apos;s CRS with the class name, ClassValue and confidence fields (and Image with processing mode 1).</source>
        <translation>Des polygones dans le SCR du raster avec les champs du nom de classe, ClassValue et de confiance (et Image avec le mode de traitement 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="171"/>
        <source>The detected objects.</source>
        <translation>Les objets détectés.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="177"/>
        <source>Non maximum suppression</source>
        <translation>Suppression des non-maxima</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="182"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Taux de recouvrement maximal (0 = désactivé)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="190"/>
        <source>Class field name</source>
        <translation>Nom du champ de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="194"/>
        <source>Confidence field name</source>
        <translation>Nom du champ de confiance</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="208"/>
        <source>Detected objects</source>
        <translation>Objets détectés</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Les noms des champs de classe et de confiance doivent être différents l&apos;un de l&apos;autre ainsi que de {0} et {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="278"/>
        <source>{0} objects written.</source>
        <translation>{0} objets écrits.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="301"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0} : {1} objets dans {2} tuiles en {3:.1f} s ({4:.1f} tuiles/s sur {5} ; temps du modèle {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="357"/>
        <source>The mask holds no polygon: no object can be found. Check the mask layer.</source>
        <translation>Le masque ne contient aucun polygone : aucun objet ne peut être trouvé. Vérifiez la couche de masque.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="99"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Exporter des données d&apos;entraînement pour l&apos;apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="103"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a training-data folder: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.</source>
        <translation>Découpe des imagettes et des étiquettes à partir d&apos;une imagerie et d&apos;échantillons étiquetés (une couche vecteur de points, de lignes ou de polygones, ou un raster classé) dans un dossier de données d&apos;entraînement : images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json et esri_model_definition.emd ; COCO ajoute annotations.json, YOLO ajoute dataset.yaml.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="109"/>
        <source>Which tool reads each format unchanged: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles and MultiLabeled_Tiles are for Esri&apos;s arcgis.learn (prepare_data) and ArcGIS Pro&apos;s Train Deep Learning Model; COCO is for pycocotools and torchvision&apos;s CocoDetection (annotations.json; arcgis.learn does not read it); YOLO is for Ultralytics (dataset.yaml; detection takes each polygon&apos;s box, segmentation the polygon; arcgis.learn does not read it); Export_Tiles holds images only.</source>
        <translation>Quel outil lit chaque format tel quel : KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles et MultiLabeled_Tiles sont destinés à arcgis.learn d&apos;Esri (prepare_data) et à l&apos;outil Train Deep Learning Model d&apos;ArcGIS Pro ; COCO est destiné à pycocotools et à CocoDetection de torchvision (annotations.json ; arcgis.learn ne le lit pas) ; YOLO est destiné à Ultralytics (dataset.yaml ; la détection prend le rectangle de chaque polygone, la segmentation le polygone ; arcgis.learn ne le lit pas) ; Export_Tiles ne contient que des images.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="117"/>
        <source>Chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written.</source>
        <translation>Les imagettes avancent du pas depuis le coin supérieur gauche, et là où le dernier pas dépasserait le bord droit ou inférieur, une imagette supplémentaire est placée contre ce bord, si bien qu&apos;aucune partie du raster n&apos;est omise. Les pixels sont copiés sans modification (aucun rééchantillonnage sauf si une taille de cellule est indiquée) et chaque imagette garde le géoréférencement de sa fenêtre (balises GeoTIFF ; un fichier world et un .aux.xml pour PNG et JPEG). Les imagettes entièrement nodata ne sont pas écrites.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="124"/>
        <source>Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip. map.txt, stats.txt and the statistics are rewritten as the export runs, so that after a cancel or an error they describe exactly the chips on disk.</source>
        <translation>Les polygones sont rastérisés selon la règle du centre de pixel (comme GDAL) ; là où des échantillons se recouvrent dans Classified_Tiles, le plus petit l&apos;emporte. Les boîtes sont l&apos;emprise de l&apos;entité, découpée à l&apos;imagette. map.txt, stats.txt et les statistiques sont réécrits au fil de l&apos;export, si bien qu&apos;après une annulation ou une erreur ils décrivent exactement les imagettes présentes sur le disque.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="135"/>
        <source>Optional. More images; all chips go into one sequence and one set of statistics.</source>
        <translation>Facultatif. D&apos;autres images ; toutes les imagettes forment une seule séquence et un seul jeu de statistiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="138"/>
        <source>Optional. The labelled samples: points, lines or polygons in any CRS (reprojected to the raster&apos;s). Class names and colours come from Classname and RED/GREEN/BLUE fields when the layer has them.</source>
        <translation>Facultatif. Les échantillons étiquetés : points, lignes ou polygones dans n&apos;importe quel SCR (reprojetés dans celui du raster). Les noms et les couleurs des classes viennent des champs Classname et RED/GREEN/BLUE si la couche en possède.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="143"/>
        <source>Optional. A classified raster whose pixel values are the classes, for Classified_Tiles; class names and colours come from its attribute or colour table. Give this or the input class data, not both.</source>
        <translation>Facultatif. Un raster classé dont les valeurs de pixel sont les classes, pour Classified_Tiles ; les noms et les couleurs des classes viennent de sa table attributaire ou de sa table de couleurs. Indiquez ce raster ou les données de classes en entrée, pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="148"/>
        <source>Optional. The numeric field holding each sample&apos;s class value, a whole number of 0 or more. Default: a field named classvalue or value (any case), else class 1 for every feature.</source>
        <translation>Facultatif. Le champ numérique qui contient la valeur de classe de chaque échantillon, un nombre entier positif ou nul. Par défaut : un champ nommé classvalue ou value (casse indifférente), sinon la classe 1 pour toutes les entités.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>The export folder: empty, or holding an export of the same format to continue (see Start index). A folder holding an export in another format is refused. Required: a temporary folder would be deleted when QGIS closes.</source>
        <translation>Le dossier d&apos;export : vide, ou contenant un export du même format à poursuivre (voir Index de départ). Un dossier contenant un export dans un autre format est refusé. Obligatoire : un dossier temporaire serait supprimé à la fermeture de QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="157"/>
        <source>Optional, created by default in the dialog. A polygon layer with one outline per chip written: its index, image file name, number of labels and input raster, so the map shows what was exported.</source>
        <translation>Facultatif, créée par défaut dans la boîte de dialogue. Une couche de polygones avec un contour par imagette écrite : son index, le nom du fichier image, le nombre d&apos;étiquettes et le raster en entrée, pour que la carte montre ce qui a été exporté.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="162"/>
        <source>0 TIFF (default), 1 PNG, 2 JPEG, 3 MRF. PNG and JPEG hold at most 3 bands, JPEG only 8-bit data.</source>
        <translation>0 TIFF (par défaut), 1 PNG, 2 JPEG, 3 MRF. PNG et JPEG contiennent au plus 3 bandes, JPEG seulement des données 8 bits.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="166"/>
        <source>Chip width in pixels (default 256).</source>
        <translation>Largeur des imagettes en pixels (256 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="167"/>
        <source>Chip height in pixels (default 256).</source>
        <translation>Hauteur des imagettes en pixels (256 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="168"/>
        <source>Horizontal step between chips in pixels (default 128); a stride below the tile size makes chips overlap.</source>
        <translation>Pas horizontal entre les imagettes en pixels (128 par défaut) ; un pas inférieur à la taille de tuile fait se recouvrir les imagettes.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="172"/>
        <source>Vertical step between chips in pixels (default 128).</source>
        <translation>Pas vertical entre les imagettes en pixels (128 par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="173"/>
        <source>Also write chips without samples (default false: only chips holding samples are written; Export_Tiles writes every chip).</source>
        <translation>Écrire aussi les imagettes sans échantillon (false par défaut : seules les imagettes contenant des échantillons sont écrites ; Export_Tiles écrit toutes les imagettes).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="177"/>
        <source>The label format: 0 KITTI_rectangles (default), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles (each chip&apos;s class names, comma separated), 6 Export_Tiles (images only, no labels needed), 7 COCO (for pycocotools and torchvision), 8 YOLO (for Ultralytics: polygon label lines, usable for detection and segmentation). 0-5 are for arcgis.learn. A class raster feeds Classified_Tiles only.</source>
        <translation>Le format des étiquettes : 0 KITTI_rectangles (par défaut), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (une imagette par entité, centrée sur celle-ci ou découpée à son rectangle englobant), 5 MultiLabeled_Tiles (les noms des classes de chaque imagette, séparés par des virgules), 6 Export_Tiles (images seulement, sans étiquettes nécessaires), 7 COCO (pour pycocotools et torchvision), 8 YOLO (pour Ultralytics : lignes d&apos;étiquettes polygonales, utilisables pour la détection et la segmentation). Les formats 0 à 5 sont destinés à arcgis.learn. Un raster de classes n&apos;alimente que Classified_Tiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>The number of the first chip (default 0). To continue an existing export of the same format, tile size and bands, give its next chip number: the folder&apos;s statistics are merged and no chip is overwritten.</source>
        <translation>Le numéro de la première imagette (0 par défaut). Pour poursuivre un export existant de même format, même taille de tuile et mêmes bandes, indiquez le numéro de sa prochaine imagette : les statistiques du dossier sont fusionnées et aucune imagette n&apos;est écrasée.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="190"/>
        <source>Buffer around points and lines, in the input raster&apos;s map units, that makes them sample areas (default 0: a point becomes a one-pixel square, a line a band one pixel wide).</source>
        <translation>Tampon autour des points et des lignes, dans les unités cartographiques du raster en entrée, qui en fait des zones d&apos;échantillon (0 par défaut : un point devient un carré d&apos;un pixel, une ligne une bande d&apos;un pixel de large).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Optional. Only chips completely inside these polygons are written.</source>
        <translation>Facultatif. Seules les imagettes entièrement à l&apos;intérieur de ces polygones sont écrites.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="195"/>
        <source>Default 0 (no rotation). Also writes each chip rotated by every multiple of this angle below 360 degrees, its labels rotated with it, keeping only rotations that lie inside the image data.</source>
        <translation>0 par défaut (pas de rotation). Écrit en plus chaque imagette tournée de chaque multiple de cet angle inférieur à 360 degrés, ses étiquettes tournées avec elle, en ne gardant que les rotations situées dans les données de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="200"/>
        <source>0 MAP_SPACE (default): chips keep their map coordinates; 1 PIXEL_SPACE: chips are georeferenced in the raw image grid. Written to the .emd as ImageSpaceUsed.</source>
        <translation>0 MAP_SPACE (par défaut) : les imagettes gardent leurs coordonnées cartographiques ; 1 PIXEL_SPACE : les imagettes sont géoréférencées dans la grille brute de l&apos;image. Écrit dans le .emd sous ImageSpaceUsed.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="204"/>
        <source>Labeled_Tiles only: set the pixels outside the feature to 0 (default false).</source>
        <translation>Labeled_Tiles seulement : met à 0 les pixels situés hors de l&apos;entité (false par défaut).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="207"/>
        <source>Labeled_Tiles only: 0 FIXED_SIZE (default): a chip of the tile size centred on each feature; 1 BOUNDING_BOX: the chip is cut to the feature&apos;s bounding box.</source>
        <translation>Labeled_Tiles seulement : 0 FIXED_SIZE (par défaut) : une imagette de la taille de tuile centrée sur chaque entité ; 1 BOUNDING_BOX : l&apos;imagette est découpée au rectangle englobant de l&apos;entité.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Optional. Only the part of the raster inside this extent is exported (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Facultatif. Seule la partie du raster située dans cette emprise est exportée (alignée vers l&apos;extérieur sur les pixels du raster) ; nécessaire pour une couche web. Par défaut : tout le raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="215"/>
        <source>Optional. Resample the raster to this cell size, in its map units. Empty (default): the raster&apos;s own pixels, unchanged.</source>
        <translation>Facultatif. Rééchantillonne le raster à cette taille de cellule, dans ses unités cartographiques. Vide (par défaut) : les pixels du raster, inchangés.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Optional. The bands to export, in this order (default: all bands).</source>
        <translation>Facultatif. Les bandes à exporter, dans cet ordre (par défaut : toutes les bandes).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="224"/>
        <source>The export folder.</source>
        <translation>Le dossier d&apos;export.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="225"/>
        <source>The chip footprints, when asked for.</source>
        <translation>Les emprises des imagettes, si elles ont été demandées.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="226"/>
        <source>The number of chips written.</source>
        <translation>Le nombre d&apos;imagettes écrites.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="227"/>
        <source>The number of labelled features written, counted in every chip they appear in.</source>
        <translation>Le nombre d&apos;entités étiquetées écrites, comptées dans chaque imagette où elles apparaissent.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="237"/>
        <source>Chips written</source>
        <translation>Imagettes écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="238"/>
        <source>Features written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="245"/>
        <source>Input class data (labelled samples)</source>
        <translation>Données de classes en entrée (échantillons étiquetés)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="250"/>
        <source>Input class raster (classified)</source>
        <translation>Raster de classes en entrée (classé)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="254"/>
        <source>Class value field</source>
        <translation>Champ de valeur de classe</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="259"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="260"/>
        <source>Image chip format</source>
        <translation>Format des imagettes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="261"/>
        <source>Tile size X (pixels)</source>
        <translation>Taille de tuile X (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="262"/>
        <source>Tile size Y (pixels)</source>
        <translation>Taille de tuile Y (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="263"/>
        <source>Stride X (pixels)</source>
        <translation>Pas X (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="264"/>
        <source>Stride Y (pixels)</source>
        <translation>Pas Y (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="265"/>
        <source>Output tiles without features</source>
        <translation>Écrire les tuiles sans entité</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="266"/>
        <source>Metadata format</source>
        <translation>Format des métadonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="267"/>
        <source>Start index</source>
        <translation>Index de départ</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="269"/>
        <source>Buffer radius</source>
        <translation>Rayon du tampon</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="276"/>
        <source>Rotation angle (degrees)</source>
        <translation>Angle de rotation (degrés)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="282"/>
        <source>Reference system</source>
        <translation>Système de référence</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="283"/>
        <source>Blacken around feature</source>
        <translation>Noircir autour de l&apos;entité</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="284"/>
        <source>Crop mode</source>
        <translation>Mode de découpe</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="288"/>
        <source>Cell size (resample to)</source>
        <translation>Taille de cellule (rééchantillonner à)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="294"/>
        <source>Bands</source>
        <translation>Bandes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="298"/>
        <source>Chip footprints</source>
        <translation>Emprises des imagettes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="311"/>
        <source>Choose an output folder for the training data: a temporary folder is deleted when QGIS closes.</source>
        <translation>Choisissez un dossier de sortie pour les données d&apos;entraînement : un dossier temporaire est supprimé à la fermeture de QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="322"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Annulé : le dossier contient les {0} imagettes écrites auparavant, décrites par map.txt et les statistiques.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="363"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Aucun échantillon étiqueté ne recouvre le raster en entrée : vérifiez que les données de classes couvrent le raster (et son emprise de traitement).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="401"/>
        <source>With CLUSTER the workers read the class raster with GDAL on the input raster&apos;s pixels, and &apos;{0}&apos; is not a file on that pixel grid: warp it to the input&apos;s CRS, cell size and alignment first (Raster &gt; Projections &gt; Warp), or leave CLUSTER empty.</source>
        <translation>Avec CLUSTER, les workers lisent le raster de classes avec GDAL sur les pixels du raster en entrée, et « {0} » n&apos;est pas un fichier sur cette grille de pixels : reprojetez-le d&apos;abord dans le SCR, la taille de cellule et l&apos;alignement de l&apos;entrée (Raster &gt; Projections &gt; Projection (warp)), ou laissez CLUSTER vide.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="438"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Indiquez soit des données de classes en entrée (vecteur), soit un raster de classes en entrée, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="469"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>La taille de tuile {0} x {1} dépasse celle du raster « {2} » ({3} x {4} pixels) : utilisez une taille de tuile plus petite.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="477"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>Les imagettes JPEG contiennent des données 8 bits, mais « {0} » est en {1} : choisissez TIFF, PNG ou MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="552"/>
        <source>The chips go to the cluster in ranges of up to {0} chips; progress counts finished ranges.</source>
        <translation>Les imagettes partent vers la grappe par lots d&apos;au plus {0} imagettes ; la progression compte les lots terminés.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="556"/>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="558"/>
        <source>{0} ranges ran on {1} workers in {2:.1f} s.</source>
        <translation>{0} lots traités par {1} workers en {2:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="568"/>
        <source>No chip was written: no tile holds a labelled pixel. Check that the labels cover the raster, that a class raster uses class values above 0, and their coordinate reference systems.</source>
        <translation>Aucune imagette n&apos;a été écrite : aucune tuile ne contient de pixel étiqueté. Vérifiez que les étiquettes couvrent le raster, qu&apos;un raster de classes utilise des valeurs de classe supérieures à 0, ainsi que leurs systèmes de coordonnées de référence.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="575"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} imagettes et {1} entités écrites dans {2} en {3:.1f} s ({4} imagettes entièrement nodata ignorées, {5} rotations hors de l&apos;image ignorées).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="597"/>
        <source>Output folder: {0}; chips: {1}; features: {2}.</source>
        <translation>Dossier de sortie : {0} ; imagettes : {1} ; entités : {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="606"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>Impossible d&apos;écrire dans le dossier de sortie « {0} » ({1}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="624"/>
        <source>The raster &apos;{0}&apos; has no coordinate reference system: the labels&apos; coordinates ({1}) are assumed to be in the raster&apos;s. Assign the raster its CRS if the chips come out empty.</source>
        <translation>Le raster « {0} » n&apos;a pas de système de coordonnées de référence : les coordonnées des étiquettes ({1}) sont supposées être dans celui du raster. Attribuez son SCR au raster si les imagettes sont vides.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="631"/>
        <source>The class raster is in {0} but the input raster in {1}: it is reprojected to {1} (nearest neighbour) to cut the labels.</source>
        <translation>Le raster de classes est en {0} mais le raster en entrée en {1} : il est reprojeté en {1} (plus proche voisin) pour découper les étiquettes.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="638"/>
        <source>The class raster is in {0} but the input raster in {1}: it is read on the input&apos;s grid. Reproject it to {1} if the chips come out empty.</source>
        <translation>Le raster de classes est en {0} mais le raster en entrée en {1} : il est lu sur la grille de l&apos;entrée. Reprojetez-le en {1} si les imagettes sont vides.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="663"/>
        <source>BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, separated by commas.</source>
        <translation>BANDS {0} : le raster en entrée a les bandes 1 à {1} ; indiquez des numéros de bande dans cet intervalle, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="674"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Classes issues du raster de classes : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="686"/>
        <source>CLASS_VALUE_FIELD &apos;{0}&apos; is not a field of the input class data (its fields: {1}): choose one of them.</source>
        <translation>CLASS_VALUE_FIELD « {0} » n&apos;est pas un champ des données de classes en entrée (ses champs : {1}) : choisissez l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="695"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Les données de classes en entrée ne contiennent aucune entité avec une géométrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="697"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Valeurs de classe issues du champ « {0} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="699"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Aucun champ de valeur de classe : toutes les entités sont de classe 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="705"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>Le champ de valeur de classe « {0} » contient « {1} », qui n&apos;est pas un nombre entier &gt;= 0 : choisissez un champ de classe numérique.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="724"/>
        <source>{0} label geometries were invalid (e.g. self-intersecting) and were repaired with make_valid: features {1}. Fix them in the layer, or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>{0} géométries d&apos;étiquettes étaient invalides (par exemple auto-intersectées) et ont été réparées avec make_valid : entités {1}. Corrigez-les dans la couche, ou réglez le filtrage des entités invalides de Processing pour les ignorer.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="48"/>
        <source>Install Python Dependencies</source>
        <translation>Installer les dépendances Python</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="56"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.</source>
        <translation>Installe les paquets Python dont les outils d&apos;apprentissage profond ont besoin, onnxruntime et OpenCV (opencv-python-headless), pour le Python exécuté par QGIS, puis indique les fournisseurs d&apos;exécution onnxruntime (CPU, CUDA, DirectML, ...) trouvés.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="61"/>
        <source>dask and distributed are optional: only the tools&apos; CLUSTER parameter (running on a Dask cluster) needs them. Tick &apos;Also install dask and distributed&apos; to install them too.</source>
        <translation>dask et distributed sont facultatifs : seul le paramètre CLUSTER des outils (exécution sur une grappe Dask) en a besoin. Cochez « Installer aussi dask et distributed » pour les installer également.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="65"/>
        <source>Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.</source>
        <translation>L&apos;installation télécharge les paquets depuis le Python Package Index (pypi.org) avec pip (plusieurs centaines de mégaoctets pour la variante GPU) dans un dossier de votre profil utilisateur, indiqué comme Dossier cible ; l&apos;extension ajoute ce dossier au chemin de recherche de Python au démarrage de QGIS, après les paquets propres à QGIS, si bien que les numpy et GDAL fournis avec QGIS restent utilisés. numpy est fixé à la version que QGIS possède déjà, afin que pip choisisse des versions compatibles avec elle.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="72"/>
        <source>pip&apos;s output streams into the log and Cancel stops pip. Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>La sortie de pip s&apos;affiche dans le journal et Annuler arrête pip. Redémarrez QGIS après l&apos;installation : un QGIS en cours d&apos;exécution garde l&apos;onnxruntime qu&apos;il a déjà chargé.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>0 Automatic (default): the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, the CPU build otherwise; 1 CPU; 2 NVIDIA GPU (CUDA). The GPU build runs models with CUDA where the NVIDIA CUDA and cuDNN libraries its version asks for are installed (see onnxruntime.ai), otherwise on the CPU; it exists for Windows and Linux only.</source>
        <translation>0 Automatique (par défaut) : la variante GPU NVIDIA (onnxruntime-gpu) si un pilote NVIDIA est trouvé sur cet ordinateur, la variante CPU sinon ; 1 CPU ; 2 GPU NVIDIA (CUDA). La variante GPU exécute les modèles avec CUDA là où les bibliothèques NVIDIA CUDA et cuDNN demandées par sa version sont installées (voir onnxruntime.ai), sinon sur le CPU ; elle n&apos;existe que pour Windows et Linux.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="86"/>
        <source>Default false. Tick it to install dask and distributed as well, for the advanced CLUSTER parameter of the imagery tools: a Dask scheduler address, or local:N worker processes on this computer. The workers of a cluster need the same dask and distributed versions as this QGIS (README, &apos;Workers&apos;). The tools work without them.</source>
        <translation>false par défaut. Cochez-le pour installer aussi dask et distributed, pour le paramètre avancé CLUSTER des outils d&apos;imagerie : l&apos;adresse d&apos;un ordonnanceur Dask, ou local:N processus de travail sur cet ordinateur. Les workers d&apos;une grappe ont besoin des mêmes versions de dask et distributed que ce QGIS (README, « Workers »). Les outils fonctionnent sans eux.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Default true: install nothing; report what is installed, which execution providers onnxruntime offers and the exact pip command that would run. Untick it to install.</source>
        <translation>true par défaut : n&apos;installe rien ; indique ce qui est installé, les fournisseurs d&apos;exécution qu&apos;offre onnxruntime et la commande pip exacte qui serait lancée. Décochez-le pour installer.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="100"/>
        <source>True when this run installed the packages; false with Check only.</source>
        <translation>Vrai si cette exécution a installé les paquets ; faux avec Vérifier seulement.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>The execution providers onnxruntime offers, comma separated, as a fresh Python finds them at the end of the run.</source>
        <translation>Les fournisseurs d&apos;exécution qu&apos;offre onnxruntime, séparés par des virgules, tels qu&apos;un nouveau Python les trouve à la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <source>The pip command; it can be pasted into a terminal as it is.</source>
        <translation>La commande pip ; elle peut être collée telle quelle dans un terminal.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="106"/>
        <source>The folder of your user profile the packages are installed into.</source>
        <translation>Le dossier de votre profil utilisateur dans lequel les paquets sont installés.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="113"/>
        <source>onnxruntime build</source>
        <translation>Variante d&apos;onnxruntime</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="115"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automatique : variante GPU NVIDIA si un pilote NVIDIA est présent</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="116"/>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="117"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="125"/>
        <source>Also install dask and distributed (optional: for the CLUSTER parameter)</source>
        <translation>Installer aussi dask et distributed (facultatif : pour le paramètre CLUSTER)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="131"/>
        <source>Check only (install nothing)</source>
        <translation>Vérifier seulement (ne rien installer)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="134"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="135"/>
        <source>Execution providers</source>
        <translation>Fournisseurs d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="136"/>
        <source>pip command</source>
        <translation>Commande pip</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="137"/>
        <source>Target folder</source>
        <translation>Dossier cible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>NVIDIA driver: {0}</source>
        <translation>Pilote NVIDIA : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="146"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Python exécuté par QGIS : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>Target folder: {0}</source>
        <translation>Dossier cible : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="148"/>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>Checking the installed packages…</source>
        <translation>Vérification des paquets installés…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="154"/>
        <source>Packages: {0}</source>
        <translation>Paquets : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="157"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>Aucun pilote NVIDIA n&apos;a été trouvé : la variante GPU exécutera les modèles sur le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="167"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Vérification seule : rien n&apos;a été installé. Pour installer, relancez cet outil en décochant « Vérifier seulement », ou exécutez cette commande dans un terminal :
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="177"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip n&apos;est pas disponible pour le Python exécuté par QGIS ({0}) : {1}. Installez d&apos;abord pip pour ce Python (Debian et Ubuntu : sudo apt install python3-pip), puis relancez cet outil.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="183"/>
        <source>Downloading and installing with pip…</source>
        <translation>Téléchargement et installation avec pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="184"/>
        <source>Running: {0}</source>
        <translation>Exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="192"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime a été installé dans {0} mais ne peut pas être importé : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="199"/>
        <source>{0} was installed in {1} but cannot be imported: {2}</source>
        <translation>{0} a été installé dans {1} mais ne peut pas être importé : {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="204"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Redémarrez QGIS pour utiliser les paquets qui viennent d&apos;être installés.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="207"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>La variante GPU n&apos;exécute les modèles avec CUDA que si les bibliothèques NVIDIA CUDA et cuDNN dont elle a besoin sont installées ; sinon, les outils se rabattent sur le CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="220"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="221"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="229"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>Le paquet {0} du dossier cible n&apos;est pas celui qu&apos;utilise l&apos;extension : {1} le précède dans le chemin Python. Désinstallez cette copie pour utiliser celle du dossier cible.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>Execution providers: {0}</source>
        <translation>Fournisseurs d&apos;exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="240"/>
        <source>{0}: not installed ({1}); optional, only the CLUSTER parameter needs it: tick &apos;Also install dask and distributed&apos; to install it</source>
        <translation>{0} : non installé ({1}) ; facultatif, seul le paramètre CLUSTER en a besoin : cochez « Installer aussi dask et distributed » pour l&apos;installer</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="245"/>
        <source>{0}: not available ({1})</source>
        <translation>{0} : non disponible ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="246"/>
        <source>target folder</source>
        <translation>dossier cible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="247"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="43"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Interroger les informations d&apos;un modèle d&apos;apprentissage profond</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="47"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer, like ArcGIS Pro&apos;s tool of the same name.</source>
        <translation>Lit un modèle d&apos;apprentissage profond et indique ce qu&apos;il est et comment il s&apos;exécutera sur cet ordinateur, comme l&apos;outil d&apos;ArcGIS Pro du même nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <source>The log also lists the model&apos;s inputs and outputs, normalisation, padding, batch size, thresholds, cell size, classes with colours, the default model arguments, and the keys of the model definition that it reads but ignores because they change nothing in the results.</source>
        <translation>Le journal indique aussi les entrées et sorties du modèle, la normalisation, la marge, la taille de lot, les seuils, la taille de cellule, les classes avec leurs couleurs, les arguments par défaut du modèle, et les clés de la définition du modèle qui sont lues mais ignorées parce qu&apos;elles ne changent rien aux résultats.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>The model to describe: {0}</source>
        <translation>Le modèle à décrire : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="63"/>
        <source>The Esri model type, e.g. ImageClassification (pixel classification), ObjectClassification or ObjectDetection.</source>
        <translation>Le type de modèle Esri, par exemple ImageClassification (classification de pixels), ObjectClassification ou ObjectDetection.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="67"/>
        <source>JSON list of the classes, one object per class with the keys value, name and color.</source>
        <translation>Liste JSON des classes, un objet par classe avec les clés value, name et color.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="70"/>
        <source>JSON list of the model input&apos;s dimensions as the tools use them: a dynamic height and width are the tile size the tools take (the definition&apos;s ImageHeight/ImageWidth, Ultralytics&apos; imgsz, or 256), a dynamic batch is null, e.g. [null, 3, 256, 256].</source>
        <translation>Liste JSON des dimensions de l&apos;entrée du modèle telles que les outils les utilisent : une hauteur et une largeur dynamiques valent la taille de tuile que prennent les outils (ImageHeight/ImageWidth de la définition, imgsz d&apos;Ultralytics, ou 256), un lot dynamique vaut null, par exemple [null, 3, 256, 256].</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="75"/>
        <source>The raster bands the model reads, 1-based, comma separated, e.g. 1,2,3.</source>
        <translation>Les bandes du raster lues par le modèle, numérotées à partir de 1, séparées par des virgules, par exemple 1,2,3.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="76"/>
        <source>The tile height in pixels.</source>
        <translation>La hauteur de tuile en pixels.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="77"/>
        <source>The tile width in pixels (the tile size of a square model), as the export tool&apos;s TILE_SIZE_X.</source>
        <translation>La largeur de tuile en pixels (la taille de tuile d&apos;un modèle carré), comme TILE_SIZE_X de l&apos;outil d&apos;export.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="81"/>
        <source>The tile height in pixels, as the export tool&apos;s TILE_SIZE_Y.</source>
        <translation>La hauteur de tuile en pixels, comme TILE_SIZE_Y de l&apos;outil d&apos;export.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="82"/>
        <source>The onnxruntime execution provider that runs the model here with processor type Auto.</source>
        <translation>Le fournisseur d&apos;exécution onnxruntime qui exécute le modèle sur cet ordinateur avec le type de processeur Automatique.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="85"/>
        <source>All the execution providers this onnxruntime offers, comma separated.</source>
        <translation>Tous les fournisseurs d&apos;exécution qu&apos;offre cet onnxruntime, séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="92"/>
        <location filename="../algorithms/model_tool.py" line="268"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Définition du modèle (.emd, .dlpk, .onnx ou JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="94"/>
        <source>Model type</source>
        <translation>Type de modèle</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Classes (JSON)</source>
        <translation>Classes (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="96"/>
        <source>Input shape (JSON)</source>
        <translation>Forme de l&apos;entrée (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="97"/>
        <source>Bands read (1-based)</source>
        <translation>Bandes lues (numérotées à partir de 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="98"/>
        <source>Tile size (pixels)</source>
        <translation>Taille de tuile (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="99"/>
        <source>Tile width (pixels)</source>
        <translation>Largeur de tuile (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="100"/>
        <source>Tile height (pixels)</source>
        <translation>Hauteur de tuile (pixels)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Execution provider</source>
        <translation>Fournisseur d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="102"/>
        <source>Available providers</source>
        <translation>Fournisseurs disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Model: {0}</source>
        <translation>Modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="130"/>
        <source>Type: {0} ({1})</source>
        <translation>Type : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="133"/>
        <source>Read from: {0} ({1})</source>
        <translation>Lu depuis : {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="134"/>
        <location filename="../algorithms/model_tool.py" line="319"/>
        <source>Model file: {0}</source>
        <translation>Fichier du modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework : {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="144"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Entrée « {0} » : forme {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Sortie « {0} » : forme {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="151"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Bandes lues (numérotées à partir de 1) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="154"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Tuile : {0} x {1} pixels, marge {2}, taille de lot {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="160"/>
        <source>Normalisation: {0}</source>
        <translation>Normalisation : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="164"/>
        <source>Output rule: {0}</source>
        <translation>Règle de sortie : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="166"/>
        <source>Data range: {0} to {1}</source>
        <translation>Plage de données : {0} à {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="168"/>
        <source>Threshold: {0}</source>
        <translation>Seuil : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="171"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Taille de cellule : {0} à {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="174"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Espace image : {0} ; taille de découpe fixe : {1} ; noircir autour de l&apos;entité : {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="178"/>
        <source>Classes ({0}):</source>
        <translation>Classes ({0}) :</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="180"/>
        <source>no colour</source>
        <translation>pas de couleur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="184"/>
        <source>Model argument defaults: {0}</source>
        <translation>Valeurs par défaut des arguments du modèle : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="190"/>
        <source>Output channels that never win (ignore_mapped_class): {0}</source>
        <translation>Canaux de sortie qui ne l&apos;emportent jamais (ignore_mapped_class) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="195"/>
        <source>Training backend: {0}</source>
        <translation>Environnement d&apos;entraînement : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="199"/>
        <source>Keys read but ignored (they change nothing in this plugin&apos;s results): {0}</source>
        <translation>Clés lues mais ignorées (elles ne changent rien aux résultats de cette extension) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="206"/>
        <source>resize_to {0}: arcgis.learn resized the training chips to it; ArcGIS Pro&apos;s inference does not resize tiles, and neither does this plugin: it reads tiles at the model&apos;s cell size.</source>
        <translation>resize_to {0} : arcgis.learn a redimensionné les imagettes d&apos;entraînement à cette taille ; l&apos;inférence d&apos;ArcGIS Pro ne redimensionne pas les tuiles, et cette extension non plus : elle lit les tuiles à la taille de cellule du modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="212"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Fournisseur d&apos;exécution sur cet ordinateur (type de processeur Automatique) : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="213"/>
        <source>Available providers: {0}</source>
        <translation>Fournisseurs disponibles : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="37"/>
        <source>input: the raw band values, no normalisation</source>
        <translation>entrée : les valeurs brutes des bandes, sans normalisation</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="40"/>
        <source>input: {0}, then (x - {1}) / {2} ({3})</source>
        <translation>entrée : {0}, puis (x - {1}) / {2} ({3})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="43"/>
        <source>input: {0}, no standardisation ({1})</source>
        <translation>entrée : {0}, sans standardisation ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="48"/>
        <source>output: {0}</source>
        <translation>sortie : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>The raster to process: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens, or a web layer (WMS/XYZ, read as RGB; give a processing extent).</source>
        <translation>Le raster à traiter : GeoTIFF, VRT, raster GeoPackage ou tout autre raster que QGIS ouvre, ou une couche web (WMS/XYZ, lue en RVB ; indiquez une emprise de traitement).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="126"/>
        <source>Optional. More rasters, processed with the input raster as the processing mode says.</source>
        <translation>Facultatif. D&apos;autres rasters, traités avec le raster en entrée selon le mode de traitement.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="129"/>
        <source>0 Process as mosaicked image (default): the input and the additional rasters are read as one mosaic, which needs file rasters sharing one CRS and the same bands. 1 Process all raster items separately: {0}</source>
        <translation>0 Traiter comme une image mosaïquée (par défaut) : le raster en entrée et les rasters supplémentaires sont lus comme une seule mosaïque, ce qui demande des rasters fichiers partageant un même SCR et les mêmes bandes. 1 Traiter chaque raster séparément : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="134"/>
        <source>Advanced, optional. Run the work on a Dask cluster, in blocks that give the same result as a run here: empty (default) runs here; local:N starts N worker processes on this machine (a many-core workstation); a scheduler address such as tcp://host:8786 uses the workers of a running &apos;dask scheduler&apos;. Every worker must open the input rasters, the model and the output folder by the same paths (a shared file system, or GDAL paths such as /vsis3/). Needs the Python packages dask and distributed (Install Python Dependencies offers them). The log names the cluster, its workers and the blocks; progress counts finished blocks.</source>
        <translation>Avancé, facultatif. Exécute le travail sur un cluster Dask, par blocs qui donnent le même résultat qu&apos;une exécution ici : vide (par défaut) exécute ici ; local:N démarre N processus workers sur cette machine (un poste à nombreux cœurs) ; une adresse d&apos;ordonnanceur telle que tcp://host:8786 utilise les workers d&apos;un &apos;dask scheduler&apos; en marche. Chaque worker doit ouvrir les rasters d&apos;entrée, le modèle et le dossier de sortie par les mêmes chemins (un système de fichiers partagé, ou des chemins GDAL tels que /vsis3/). Nécessite les paquets Python dask et distributed (Install Python Dependencies les propose). Le journal nomme le cluster, ses workers et les blocs ; la progression compte les blocs terminés.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="147"/>
        <source>each raster is processed on its own.</source>
        <translation>chaque raster est traité séparément.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="151"/>
        <source>Input raster</source>
        <translation>Raster en entrée</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="154"/>
        <source>Additional input rasters</source>
        <translation>Rasters en entrée supplémentaires</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="160"/>
        <source>Processing mode</source>
        <translation>Mode de traitement</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process as mosaicked image</source>
        <translation>Traiter comme une image mosaïquée</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process all raster items separately</source>
        <translation>Traiter chaque raster séparément</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="170"/>
        <source>The input raster could not be opened.</source>
        <translation>Le raster en entrée n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="181"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>Traitement de {0} rasters comme une seule mosaïque.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="187"/>
        <source>Dask cluster (empty: run here)</source>
        <translation>Cluster Dask (vide : exécuter ici)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="200"/>
        <source>Opening the Dask cluster &apos;{0}&apos;...</source>
        <translation>Ouverture du cluster Dask &apos;{0}&apos;...</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="203"/>
        <source>Cluster: {0}; {1} workers ({2}).</source>
        <translation>Cluster : {0} ; {1} workers ({2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="214"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Raster {0} sur {1} : {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="240"/>
        <source>The {0} model: {1}</source>
        <translation>Le modèle de {0} : {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="243"/>
        <source>Name/Value table of model arguments: {0}. An empty value keeps the model&apos;s default; an unknown name is an error listing the known ones. With qgis_process give name,value pairs separated by commas, e.g. batch_size,8.</source>
        <translation>Table Nom/Valeur des arguments du modèle : {0}. Une valeur vide garde la valeur par défaut du modèle ; un nom inconnu est une erreur qui liste les noms connus. Avec qgis_process, donnez des paires nom,valeur séparées par des virgules, par exemple batch_size,8.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="248"/>
        <source>0 Auto (default): the best available onnxruntime execution provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); 1 CPU; 2 GPU: fails, listing the providers that exist, when none is available. The log names the provider that runs.</source>
        <translation>0 Automatique (par défaut) : le meilleur fournisseur d&apos;exécution onnxruntime disponible (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, puis CPU) ; 1 CPU ; 2 GPU : échoue, en listant les fournisseurs existants, si aucun n&apos;est disponible. Le journal indique le fournisseur qui s&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="253"/>
        <source>Advanced. The GPU to run on where there are several: 0 (default) for the first. Used by the processor types Auto and GPU.</source>
        <translation>Avancé. Le GPU à utiliser s&apos;il y en a plusieurs : 0 (par défaut) pour le premier. Utilisé par les types de processeur Automatique et GPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="272"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Arguments du modèle (valeur vide = valeur par défaut du modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="288"/>
        <source>Processor type</source>
        <translation>Type de processeur</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="294"/>
        <source>GPU id</source>
        <translation>Identifiant du GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="305"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Cet outil nécessite un modèle de type « {1} » ; ce modèle est de type « {0} ».</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="323"/>
        <source>Execution provider: {0}</source>
        <translation>Fournisseur d&apos;exécution : {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="326"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>Le fournisseur demandé n&apos;a pas pu exécuter le modèle ; exécution sur {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="342"/>
        <source>The output layer could not be created.</source>
        <translation>La couche de sortie n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="355"/>
        <source>{0} blocks of up to {1} x {2} pixels go to the cluster; progress counts finished blocks.</source>
        <translation>{0} blocs d&apos;au plus {1} x {2} pixels partent vers le cluster ; la progression compte les blocs terminés.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="363"/>
        <source>{0} blocks ran on {1} workers: {2} tiles in {3:.1f} s ({4:.1f} tiles/s); model time {5:.1f} s.</source>
        <translation>{0} blocs exécutés sur {1} workers : {2} tuiles en {3:.1f} s ({4:.1f} tuiles/s) ; temps du modèle {5:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="380"/>
        <source>The model failed on a batch of several images but runs on one: its graph only works at batch size 1, so it went on one image at a time. Set batch_size to 1 to skip this check.</source>
        <translation>Le modèle a échoué sur un lot de plusieurs images mais fonctionne sur une seule : son graphe ne fonctionne qu&apos;avec une taille de lot de 1, le traitement s&apos;est donc poursuivi image par image. Indiquez batch_size à 1 pour éviter cette vérification.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="414"/>
        <source>The model was trained at a cell size of {0} m on the ground; the input ({1:.6g} map units) is read at {2:.6g} map units. Set a cell size to override.</source>
        <translation>Le modèle a été entraîné avec une taille de cellule de {0} m au sol ; l&apos;entrée ({1:.6g} unités cartographiques) est lue à {2:.6g} unités cartographiques. Indiquez une taille de cellule pour passer outre.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="421"/>
        <source>The model was trained at a cell size of {0} m, but the input&apos;s CRS is in degrees: it is read at its own cell size. Reproject the input to a projected CRS to read it at the model&apos;s scale.</source>
        <translation>Le modèle a été entraîné avec une taille de cellule de {0} m, mais le SCR de l&apos;entrée est en degrés : elle est lue à sa propre taille de cellule. Reprojetez l&apos;entrée dans un SCR projeté pour la lire à l&apos;échelle du modèle.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="430"/>
        <source>The model states no training cell size: the web layer is read at its finest resolution. Give a cell size to read it at another scale.</source>
        <translation>Le modèle n&apos;indique pas de taille de cellule d&apos;entraînement : la couche web est lue à sa résolution la plus fine. Indiquez une taille de cellule pour la lire à une autre échelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="440"/>
        <source>, {0:.4g} m on the ground</source>
        <translation>, {0:.4g} m au sol</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="442"/>
        <source> at {0:.1f} degrees of latitude</source>
        <translation> à {0:.1f} degrés de latitude</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="445"/>
        <source>, web-map zoom {0:.1f}</source>
        <translation>, zoom de carte web {0:.1f}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="447"/>
        <source>Input read at a cell size of {0:.6g} map units{1}{2}.</source>
        <translation>Entrée lue avec une taille de cellule de {0:.6g} unités cartographiques{1}{2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="452"/>
        <source>The web layer&apos;s tiles are read at {0:.6g} map units per pixel (its nearest finer zoom level) and averaged down, so the model never sees enlarged tiles.</source>
        <translation>Les tuiles de la couche web sont lues à {0:.6g} unités cartographiques par pixel (son niveau de zoom plus fin le plus proche) puis moyennées, si bien que le modèle ne voit jamais de tuiles agrandies.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Modèles d&apos;apprentissage profond (*.emd *.dlpk *.onnx *.json);;Tous les fichiers (*.*)</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>RasterDLCore</name>
    <message>
        <location filename="../core/adapters/gdal/chip_writer.py" line="82"/>
        <source>Cannot write the chip &apos;{path}&apos;: {error}.</source>
        <translation>Impossible d&apos;écrire l&apos;imagette « {path} » : {error}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="43"/>
        <source>Cannot write the output &apos;{path}&apos;: {gdal_message}.</source>
        <translation>Impossible d&apos;écrire la sortie « {path} » : {gdal_message}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="50"/>
        <source>Cannot read the raster &apos;{source}&apos; at pixels {x},{y} ({w} x {h}): {gdal_message}. The file is damaged or incomplete (truncated): copy or export it again.</source>
        <translation>Impossible de lire le raster « {source} » aux pixels {x},{y} ({w} x {h}) : {gdal_message}. Le fichier est endommagé ou incomplet (tronqué) : copiez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="76"/>
        <source>Cannot open the vector file &apos;{path}&apos;: {reason}.</source>
        <translation>Impossible d&apos;ouvrir le fichier vecteur « {path} » : {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="36"/>
        <source>Cannot write the output &apos;{path}&apos;: the disk is full ({free} bytes free; {gdal_message}). Free some space or choose another folder.</source>
        <translation>Impossible d&apos;écrire la sortie « {path} » : le disque est plein ({free} octets libres ; {gdal_message}). Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="75"/>
        <source>Cannot open the raster &apos;{path}&apos;: {reason}.</source>
        <translation>Impossible d&apos;ouvrir le raster « {path} » : {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="126"/>
        <source>The vector file &apos;{path}&apos; has no layer.</source>
        <translation>Le fichier vecteur &apos;{path}&apos; n&apos;a aucune couche.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="52"/>
        <source>The input features already have a field &apos;{name}&apos; of type {type}: choose another class label field name, or rename that field.</source>
        <translation>Les entités en entrée ont déjà un champ « {name} » de type {type} : choisissez un autre nom de champ d&apos;étiquette de classe, ou renommez ce champ.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="40"/>
        <source>No raster format writes &apos;.{suffix}&apos; files (&apos;{path}&apos;): save the output as .tif (GeoTIFF).</source>
        <translation>Aucun format raster n&apos;écrit de fichiers « .{suffix} » (« {path} ») : enregistrez la sortie en .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="61"/>
        <source>The {what} &apos;{path}&apos; is a {driver_name} file, which cannot hold {bands} band(s) of {dtype} ({gdal_message}): save it as .tif (GeoTIFF).</source>
        <translation>La sortie {what} « {path} » est un fichier {driver_name}, qui ne peut pas contenir {bands} bande(s) de {dtype} ({gdal_message}) : enregistrez-la en .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="20"/>
        <source>The raster &apos;{path}&apos; is rotated or not north-up: warp it to a north-up raster first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Le raster « {path} » est tourné ou n&apos;est pas orienté nord en haut : reprojetez-le d&apos;abord en un raster orienté nord en haut (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="30"/>
        <location filename="../core/adapters/qgis/grid.py" line="25"/>
        <source>The processing extent does not overlap the input raster: choose an extent inside the raster.</source>
        <translation>L&apos;emprise de traitement ne recouvre pas le raster en entrée : choisissez une emprise à l&apos;intérieur du raster.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_reader.py" line="169"/>
        <location filename="../core/export/exporter.py" line="87"/>
        <source>Band list {bands} asks for bands the raster lacks (it has {band_count}).</source>
        <translation>La liste de bandes {bands} demande des bandes que le raster n&apos;a pas (il en a {band_count}).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="43"/>
        <source>Cannot create the folder of the output &apos;{path}&apos;: {strerror}.</source>
        <translation>Impossible de créer le dossier de la sortie « {path} » : {strerror}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="55"/>
        <source>Cannot write the output &apos;{path}&apos;: {error}. Choose a writable location.</source>
        <translation>Impossible d&apos;écrire la sortie « {path} » : {error}. Choisissez un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/vectors.py" line="59"/>
        <source>The vector file &apos;{path}&apos; has no layer named &apos;{layer_name}&apos;.</source>
        <translation>Le fichier vecteur « {path} » n&apos;a pas de couche nommée « {layer_name} ».</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="42"/>
        <source>&apos;{name}&apos; is a web layer without a fixed size: give a processing extent (and a cell size, or the finest resolution the service offers is used).</source>
        <translation>« {name} » est une couche web sans taille fixe : indiquez une emprise de traitement (et une taille de cellule, sinon la résolution la plus fine que propose le service est utilisée).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="49"/>
        <source>&apos;{name}&apos; does not state its resolution: give a cell size.</source>
        <translation>« {name} » n&apos;indique pas sa résolution : indiquez une taille de cellule.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="50"/>
        <source>The input rasters could not be mosaicked; process them separately.</source>
        <translation>Les rasters en entrée n&apos;ont pas pu être mosaïqués ; traitez-les séparément.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="66"/>
        <source>The raster &apos;{name}&apos; could not be reprojected to the input raster&apos;s coordinate reference system; reproject it yourself (Raster &gt; Projections &gt; Warp).</source>
        <translation>Le raster « {name} » n&apos;a pas pu être reprojeté dans le système de coordonnées de référence du raster en entrée ; reprojetez-le vous-même (Raster &gt; Projections &gt; Projection (warp)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="20"/>
        <source>&apos;{name}&apos; is not a file raster, so it cannot be mosaicked; process the rasters separately (processing mode 1).</source>
        <translation>« {name} » n&apos;est pas un raster fichier : il ne peut donc pas être mosaïqué ; traitez les rasters séparément (mode de traitement 1).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="26"/>
        <source>&apos;{name}&apos; is in {authid} but &apos;{first_name}&apos; in {first_authid}: a mosaic needs one coordinate reference system. Reproject them or process them separately.</source>
        <translation>« {name} » est en {authid} mais « {first_name} » en {first_authid} : une mosaïque demande un seul système de coordonnées de référence. Reprojetez-les ou traitez-les séparément.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="36"/>
        <source>&apos;{name}&apos; has {bandcount} bands but &apos;{first_name}&apos; has {first_bandcount}: a mosaic needs the same bands in every raster.</source>
        <translation>« {name} » a {bandcount} bandes mais « {first_name} » en a {first_bandcount} : une mosaïque demande les mêmes bandes dans chaque raster.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="73"/>
        <source>CLUSTER &apos;{cluster}&apos; is neither local:N nor a Dask scheduler address such as tcp://host:8786.</source>
        <translation>CLUSTER &apos;{cluster}&apos; n&apos;est ni local:N ni une adresse d&apos;ordonnanceur Dask telle que tcp://host:8786.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="65"/>
        <source>CLUSTER &apos;{cluster}&apos;: give local:N with N the number of worker processes (1 or more), e.g. local:4.</source>
        <translation>CLUSTER &apos;{cluster}&apos; : indiquez local:N, N étant le nombre de processus workers (1 ou plus), par ex. local:4.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="86"/>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (its option &apos;Also install dask and distributed&apos;) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation>CLUSTER &apos;{cluster}&apos; nécessite les paquets Python dask et distributed, qui ne sont pas installés : installez-les avec l&apos;outil Install Python Dependencies (son option &apos;Also install dask and distributed&apos;) ou &apos;python3 -m pip install dask distributed&apos; dans le Python de QGIS, ou laissez CLUSTER vide pour exécuter ici.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="131"/>
        <source>The Dask scheduler at {address} did not answer within {seconds:g} s ({error}). Check the address and that &apos;dask scheduler&apos; runs there and is reachable from this machine.</source>
        <translation>L&apos;ordonnanceur Dask à {address} n&apos;a pas répondu en {seconds:g} s ({error}). Vérifiez l&apos;adresse, et que &apos;dask scheduler&apos; y tourne et est joignable depuis cette machine.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="142"/>
        <source>The Dask scheduler at {address} has no worker (none joined within {seconds:g} s). Start workers with &apos;dask worker {address}&apos;.</source>
        <translation>L&apos;ordonnanceur Dask à {address} n&apos;a aucun worker (aucun ne s&apos;est joint en {seconds:g} s). Démarrez des workers avec &apos;dask worker {address}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="168"/>
        <source>Could not start a local Dask cluster of {count} worker processes: {error}</source>
        <translation>Impossible de démarrer un cluster Dask local de {count} processus workers : {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="91"/>
        <source>Worker {worker}: {error}</source>
        <translation>Worker {worker} : {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="85"/>
        <source>A block failed on the cluster: {error}</source>
        <translation>Un bloc a échoué sur le cluster : {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="16"/>
        <source>CLUSTER runs on rasters that every worker opens by path (files, /vsis3/, /vsicurl/ ...); this input is a {provider} layer. Save it as a GeoTIFF first, or leave CLUSTER empty.</source>
        <translation>CLUSTER fonctionne sur des rasters que chaque worker ouvre par leur chemin (fichiers, /vsis3/, /vsicurl/ ...) ; cette entrée est une couche {provider}. Enregistrez-la d&apos;abord en GeoTIFF, ou laissez CLUSTER vide.</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="22"/>
        <source>CLUSTER cannot read several rasters as one mosaic built in memory: build a VRT file of them (Raster &gt; Miscellaneous &gt; Build Virtual Raster) on a path the workers see and give it as the input, or process the rasters separately (processing mode 1).</source>
        <translation>CLUSTER ne peut pas lire plusieurs rasters comme une mosaïque construite en mémoire : construisez-en un fichier VRT (Raster &gt; Divers &gt; Construire un raster virtuel) sur un chemin que les workers voient et donnez-le en entrée, ou traitez les rasters séparément (mode de traitement 1).</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="28"/>
        <source>With CLUSTER the input is read at its own cell size, and this run would read it at another one (the model&apos;s training cell size or CELL_SIZE). Resample the input to that cell size first, or set CELL_SIZE to the input&apos;s own cell size.</source>
        <translation>Avec CLUSTER l&apos;entrée est lue à sa propre taille de cellule, et cette exécution la lirait à une autre (la taille de cellule d&apos;entraînement du modèle ou CELL_SIZE). Rééchantillonnez d&apos;abord l&apos;entrée à cette taille de cellule, ou réglez CELL_SIZE sur la taille de cellule propre de l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../core/engine/contracts.py" line="88"/>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {height} pixels and {bands} bands.</source>
        <translation>Le lecteur de raster a renvoyé des pixels {pixels_shape} et un masque {mask_shape} pour une fenêtre de {width} x {height} pixels et {bands} bandes.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="400"/>
        <source>The model&apos;s detection output has the dynamic shape {shape}: set the detection format (det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics or YOLO_Ultralytics_obb) in the model definition.</source>
        <translation>La sortie de détection du modèle a la forme dynamique {shape} : indiquez le format de détection (det_type : YOLO_v5_or_v7_default, YOLO_Ultralytics ou YOLO_Ultralytics_obb) dans la définition du modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="146"/>
        <source>The model output {shape} has room for {available} class scores in the {layout} layout but the model definition lists {class_count} classes. List one class per model class, or set the detection format (det_type) that matches the model.</source>
        <translation>La sortie du modèle {shape} a de la place pour {available} scores de classe dans la disposition {layout} mais la définition du modèle liste {class_count} classes. Listez une classe par classe du modèle, ou indiquez le format de détection (det_type) qui correspond au modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="160"/>
        <source>The model output has shape {shape} but the {layout} layout is {expected}. Set the detection format (det_type) that matches the model.</source>
        <translation>La sortie du modèle a la forme {shape} mais la disposition {layout} est {expected}. Indiquez le format de détection (det_type) qui correspond au modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="227"/>
        <source>The model output has shape {shape} but the {layout} layout gives {columns} values per detection. Set the detection format (det_type) that matches the model.</source>
        <translation>La sortie du modèle a la forme {shape} mais la disposition {layout} donne {columns} valeurs par détection. Indiquez le format de détection (det_type) qui correspond au modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="238"/>
        <source>The model returned the class index {class_index} but the model definition lists {class_count} classes. List every class of the model, in index order.</source>
        <translation>Le modèle a renvoyé l&apos;indice de classe {class_index} mais la définition du modèle liste {class_count} classes. Listez toutes les classes du modèle, dans l&apos;ordre des indices.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="280"/>
        <source>The model&apos;s boxes output has shape {shape}; a model with NMS built in gives boxes [N, K, 4] (x0, y0, x1, y1) with scores [N, K] and labels [N, K].</source>
        <translation>La sortie boxes du modèle a la forme {shape} ; un modèle intégrant la NMS donne boxes [N, K, 4] (x0, y0, x1, y1) avec scores [N, K] et labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="291"/>
        <source>The model gives {box_count} boxes but {score_count} scores per image: the boxes, scores and labels outputs must have one entry per detection.</source>
        <translation>Le modèle donne {box_count} boîtes mais {score_count} scores par image : les sorties boxes, scores et labels doivent avoir une entrée par détection.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="307"/>
        <source>The model returned the label {label} but the model definition lists {class_count} classes (labels are read {numbering}). List every class of the model, in label order; a definition without a class of Value 0 reads labels 1-based.</source>
        <translation>Le modèle a renvoyé l&apos;étiquette {label} mais la définition du modèle liste {class_count} classes (numérotation des étiquettes : {numbering}). Listez toutes les classes du modèle, dans l&apos;ordre des étiquettes ; une définition sans classe de Value 0 lit les étiquettes numérotées à partir de 1.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="370"/>
        <source>No boxes output among the model outputs ({names}). A model with NMS built in gives boxes [N, K, 4], scores [N, K] and labels [N, K] outputs.</source>
        <translation>Aucune sortie boxes parmi les sorties du modèle ({names}). Un modèle intégrant la NMS donne les sorties boxes [N, K, 4], scores [N, K] et labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="381"/>
        <source>The model&apos;s detection output has shape {shape}; the supported single-output layouts are [N, boxes, 5 + classes] (YOLO v5/v7) and [N, 4 + classes, boxes] (Ultralytics).</source>
        <translation>La sortie de détection du modèle a la forme {shape} ; les dispositions à sortie unique prises en charge sont [N, boxes, 5 + classes] (YOLO v5/v7) et [N, 4 + classes, boxes] (Ultralytics).</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="423"/>
        <source>The model has no outputs.</source>
        <translation>Le modèle n&apos;a aucune sortie.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="301"/>
        <source>The model returned an output of shape {shape} for {count} chips; an object classifier returns [chips, classes]. Use an image classification model.</source>
        <translation>Le modèle a renvoyé une sortie de forme {shape} pour {count} imagettes ; un classificateur d&apos;objets renvoie [imagettes, classes]. Utilisez un modèle de classification d&apos;images.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="413"/>
        <source>The model is a {label} model; classifying objects needs an object classification model (ModelType ObjectClassification).</source>
        <translation>Le modèle est un modèle {label} ; la classification d&apos;objets nécessite un modèle de classification d&apos;objets (ModelType ObjectClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="448"/>
        <location filename="../core/engine/object_detector.py" line="499"/>
        <source>The raster is empty ({width} x {height} pixels).</source>
        <translation>Le raster est vide ({width} x {height} pixels).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="453"/>
        <source>The bounding-box padding must be 0 or more, got {bbox_padding}.</source>
        <translation>La marge autour du rectangle englobant doit valoir 0 ou plus ; valeur reçue : {bbox_padding}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="493"/>
        <source>{missing} features were never classified.</source>
        <translation>{missing} entités n&apos;ont jamais été classées.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="347"/>
        <source>The model returned {channels} classes for one batch and {first_channels} for another.</source>
        <translation>Le modèle a renvoyé {channels} classes pour un lot et {first_channels} pour un autre.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="411"/>
        <source>The model is a {label} model; detecting objects needs an object detection model (ModelType ObjectDetection, or a Deepness/GeoDeep Detector).</source>
        <translation>Le modèle est un modèle {label} ; la détection d&apos;objets nécessite un modèle de détection d&apos;objets (ModelType ObjectDetection, ou un Detector Deepness/GeoDeep).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="474"/>
        <source>The maximum overlap ratio must be between 0 and 1, got {max_overlap_ratio}.</source>
        <translation>Le taux de recouvrement maximal doit être compris entre 0 et 1 ; valeur reçue : {max_overlap_ratio}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="182"/>
        <source>The parts of the features read the model outputs in different ways.</source>
        <translation>Les parties des entités ont lu les sorties du modèle de manières différentes.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="177"/>
        <source>Part {index} of the features was never classified.</source>
        <translation>La partie {index} des entités n&apos;a jamais été classée.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="124"/>
        <source>The model outputs {channels} class channel{plural} but the model definition lists {class_count} classes (Values {listed}). List one class per output channel, in channel order (add {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} first when channel 0 is the background); a single-channel (sigmoid) model takes one or two classes.</source>
        <translation>Le modèle produit {channels} classe{plural} en sortie (un canal par classe) mais la définition du modèle liste {class_count} classes (Value {listed}). Listez une classe par canal de sortie, dans l&apos;ordre des canaux (ajoutez d&apos;abord {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} quand le canal 0 est le fond) ; un modèle à un seul canal (sigmoïde) prend une ou deux classes.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="153"/>
        <source>The class values {low} to {high} do not fit a 32-bit integer raster with a free nodata value.</source>
        <translation>Les valeurs de classes {low} à {high} ne tiennent pas dans un raster d&apos;entiers 32 bits avec une valeur nodata libre.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="294"/>
        <source>With predict_background false, the model&apos;s ignore_mapped_class {ignore_mapped_class} leaves no class to predict. Set predict_background to true in the model arguments.</source>
        <translation>Avec predict_background à false, l&apos;ignore_mapped_class {ignore_mapped_class} du modèle ne laisse aucune classe à prédire. Mettez predict_background à true dans les arguments du modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="695"/>
        <source>The model is a {label} model; classifying pixels needs a pixel classification model (ModelType ImageClassification).</source>
        <translation>Le modèle est un modèle {label} ; la classification de pixels nécessite un modèle de classification de pixels (ModelType ImageClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="720"/>
        <source>The raster to classify is empty ({width} x {height} pixels).</source>
        <translation>Le raster à classer est vide ({width} x {height} pixels).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="102"/>
        <source>The model definition lists no classes and the model output does not fix the number of classes. Add Classes to the model definition, one per output channel.</source>
        <translation>La définition du modèle ne liste aucune classe et la sortie du modèle ne fixe pas le nombre de classes. Ajoutez Classes à la définition du modèle, une par canal de sortie.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="443"/>
        <source>Tile row {index} was never completed.</source>
        <translation>La rangée de tuiles {index} n&apos;a jamais été complétée.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="502"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile} x {tile} pixels; a pixel classifier returns [tiles, classes, height, width] with a square height and width.</source>
        <translation>Le modèle a renvoyé une sortie de forme {shape} pour {count} tuiles de {tile} x {tile} pixels ; un classificateur de pixels renvoie [tuiles, classes, hauteur, largeur] avec une hauteur et une largeur égales.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="513"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile} x {tile}: outputs larger than the input are not supported.</source>
        <translation>Le modèle renvoie {size} x {size} pixels pour des tuiles de {tile} x {tile} : les sorties plus grandes que l&apos;entrée ne sont pas prises en charge.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="523"/>
        <source>The model returns {channels} class channels but the model definition gives {class_count} classes. List one class per output channel in the model definition.</source>
        <translation>Le modèle renvoie {channels} canaux de classe mais la définition du modèle donne {class_count} classes. Listez une classe par canal de sortie dans la définition du modèle.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="534"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile_w} x {tile_h} pixels (width x height); a pixel classifier returns [tiles, classes, height, width].</source>
        <translation>Le modèle a renvoyé une sortie de forme {shape} pour {count} tuiles de {tile_w} x {tile_h} pixels (largeur x hauteur) ; un classificateur de pixels renvoie [tuiles, classes, hauteur, largeur].</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="546"/>
        <source>The model returns {out_w} x {out_h} pixels for tiles of {tile_w} x {tile_h} (width x height): outputs larger than the input are not supported.</source>
        <translation>Le modèle renvoie {out_w} x {out_h} pixels pour des tuiles de {tile_w} x {tile_h} (largeur x hauteur) : les sorties plus grandes que l&apos;entrée ne sont pas prises en charge.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="561"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile_size}: it drops {crop} pixels at each side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>Le modèle renvoie {size} x {size} pixels pour des tuiles de {tile_size} : il retire {crop} pixels de chaque côté, plus que la marge ({padding}). Portez la marge à au moins {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="577"/>
        <source>The model returns {width} x {height} pixels for tiles of {tile_width} x {tile_size}: it drops {crop} pixels at a side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>Le modèle renvoie {width} x {height} pixels pour des tuiles de {tile_width} x {tile_size} : il retire {crop} pixels d&apos;un côté, plus que la marge ({padding}). Portez la marge à au moins {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="600"/>
        <source>Tile of row {row_index} arrived while row {index} is open.</source>
        <translation>Une tuile de la rangée {row_index} est arrivée alors que la rangée {index} est ouverte.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="345"/>
        <source>Unknown merge policy &apos;{policy}&apos;: use mean, max or min.</source>
        <translation>Politique de fusion « {policy} » inconnue : utilisez mean, max ou min.</translation>
    </message>
    <message>
        <location filename="../core/engine/stages.py" line="119"/>
        <source>The {what} stopped unexpectedly.</source>
        <translation>L&apos;étape « {what} » s&apos;est arrêtée de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="56"/>
        <source>The raster to export is empty ({width} x {height} pixels).</source>
        <translation>Le raster à exporter est vide ({width} x {height} pixels).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="60"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels). Choose tiles of at most {width} x {height} pixels, or a larger extent or a finer cell size.</source>
        <translation>La taille de tuile ({tile_x} x {tile_y} pixels) est plus grande que le raster ({width} x {height} pixels). Choisissez des tuiles d&apos;au plus {width} x {height} pixels, ou une emprise plus grande ou une taille de cellule plus fine.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="52"/>
        <source>The {name} must be a whole number of pixels above zero, got {value}.</source>
        <translation>« {name} » doit être un nombre entier de pixels supérieur à zéro ; valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="118"/>
        <source>The buffer radius cannot be negative, got {buffer_radius_px}.</source>
        <translation>Le rayon de tampon ne peut pas être négatif ; valeur reçue : {buffer_radius_px}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="150"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels).</source>
        <translation>La taille de tuile ({tile_x} x {tile_y} pixels) est plus grande que le raster ({width} x {height} pixels).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="174"/>
        <source>The feature&apos;s extent ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) lies outside the {width} x {height} pixel raster.</source>
        <translation>L&apos;emprise de l&apos;entité ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) se trouve hors du raster de {width} x {height} pixels.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="201"/>
        <source>The tile size must be positive, got {tile_x} x {tile_y}.</source>
        <translation>La taille de tuile doit être positive ; valeur reçue : {tile_x} x {tile_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="207"/>
        <source>The stride must be positive, got {stride_x} x {stride_y}.</source>
        <translation>Le pas doit être positif ; valeur reçue : {stride_x} x {stride_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="213"/>
        <source>{chip_format} chips hold at most 3 bands but {band_count} are exported: choose TIFF or MRF, or pick 3 bands with the band list.</source>
        <translation>Les imagettes {chip_format} contiennent au plus 3 bandes mais {band_count} sont exportées : choisissez TIFF ou MRF, ou sélectionnez 3 bandes avec la liste des bandes.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="220"/>
        <source>Give the class data: a labelled vector layer (input class data) or a classified raster. Only the Export_Tiles format works without labels.</source>
        <translation>Indiquez les données de classes : une couche vecteur étiquetée (données de classes en entrée) ou un raster classé. Seul le format Export_Tiles fonctionne sans étiquettes.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="225"/>
        <source>{metadata_mode} needs vector samples; a classified raster only feeds Classified_Tiles. Convert the raster to polygons first (Raster &gt; Conversion &gt; Polygonize).</source>
        <translation>{metadata_mode} nécessite des échantillons vecteur ; un raster classé n&apos;alimente que Classified_Tiles. Convertissez d&apos;abord le raster en polygones (Raster &gt; Conversion &gt; Polygoniser (raster vers vecteur)).</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="231"/>
        <source>Only MAP_SPACE and PIXEL_SPACE are supported: image space needs the sensor model of the image, which QGIS does not provide.</source>
        <translation>Seuls MAP_SPACE et PIXEL_SPACE sont pris en charge : l&apos;espace image nécessite le modèle de capteur de l&apos;image, que QGIS ne fournit pas.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="343"/>
        <location filename="../core/export/exporter.py" line="607"/>
        <location filename="../core/export/ranges.py" line="94"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="215"/>
        <source>A MultiLabeled_Tiles chip needs at least one class.</source>
        <translation>Une imagette MultiLabeled_Tiles nécessite au moins une classe.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="242"/>
        <source>A polygon ring has a non-finite coordinate.</source>
        <translation>Un anneau de polygone a une coordonnée non finie.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="405"/>
        <source>A COCO annotation needs a box or at least one polygon.</source>
        <translation>Une annotation COCO nécessite un rectangle ou au moins un polygone.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="510"/>
        <source>The folder {folder} holds files but no readable training-data export ({reason}); choose an empty folder, or the folder of an existing export to continue it.</source>
        <translation>Le dossier {folder} contient des fichiers mais aucun export de données d&apos;entraînement lisible ({reason}) ; choisissez un dossier vide, ou le dossier d&apos;un export existant pour le poursuivre.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="520"/>
        <source>The folder already holds a {existing_mode} export; choose an empty folder or the same metadata format to continue it</source>
        <translation>Le dossier contient déjà un export {existing_mode} ; choisissez un dossier vide ou le même format de métadonnées pour le poursuivre</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="541"/>
        <source>The output {folder} is a file, not a folder; choose a folder.</source>
        <translation>La sortie {folder} est un fichier, pas un dossier ; choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="602"/>
        <source>START_INDEX must be 0 or more, got {start_index}.</source>
        <translation>START_INDEX doit valoir 0 ou plus ; valeur reçue : {start_index}.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="608"/>
        <source>The folder holds chips of {old_width} x {old_height} pixels, this run makes {width} x {height}; use the same tile size to continue it, or choose an empty folder.</source>
        <translation>Le dossier contient des imagettes de {old_width} x {old_height} pixels, cette exécution en produit de {width} x {height} ; utilisez la même taille de tuile pour le poursuivre, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="618"/>
        <source>The folder holds chips of {old_band_count} bands, this run makes {band_count}; use the same bands to continue it, or choose an empty folder.</source>
        <translation>Le dossier contient des imagettes de {old_band_count} bandes, cette exécution en produit de {band_count} ; utilisez les mêmes bandes pour le poursuivre, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="625"/>
        <source>The folder already holds chips up to {last_index:09d}; set START_INDEX to {next_index} (or more) to add chips without overwriting them, or choose an empty folder.</source>
        <translation>Le dossier contient déjà des imagettes jusqu&apos;à {last_index:09d} ; donnez à START_INDEX la valeur {next_index} (ou plus) pour ajouter des imagettes sans les écraser, ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="147"/>
        <source>Tile size and band count must be at least 1.</source>
        <translation>La taille de tuile et le nombre de bandes doivent valoir au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="553"/>
        <source>MetaDataMode is missing</source>
        <translation>MetaDataMode est absent</translation>
    </message>
    <message>
        <location filename="../core/export/rotation.py" line="32"/>
        <source>The rotation angle must be at least 0 and below 360 degrees, got {angle}.</source>
        <translation>L&apos;angle de rotation doit être d&apos;au moins 0 et inférieur à 360 degrés ; valeur reçue : {angle}.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="211"/>
        <source>BandStatsState is empty.</source>
        <translation>BandStatsState est vide.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="531"/>
        <source>A class label chip holds non-integer values.</source>
        <translation>Une imagette d&apos;étiquettes de classes contient des valeurs non entières.</translation>
    </message>
    <message>
        <location filename="../core/install/dependencies.py" line="126"/>
        <source>The Python package &apos;{package}&apos; is required but could not be imported ({error}). Install it into the Python that QGIS uses with:
    {command}
then restart QGIS.</source>
        <translation>Le paquet Python « {package} » est nécessaire mais n&apos;a pas pu être importé ({error}). Installez-le dans le Python qu&apos;utilise QGIS avec :
    {command}
puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="114"/>
        <source>The NVIDIA GPU (CUDA) build of onnxruntime does not exist for macOS; choose the CPU or Automatic build (the CPU build uses Core ML on Apple hardware).</source>
        <translation>La variante GPU NVIDIA (CUDA) d&apos;onnxruntime n&apos;existe pas pour macOS ; choisissez la variante CPU ou Automatique (la variante CPU utilise Core ML sur le matériel Apple).</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="464"/>
        <source>Could not query the Python that QGIS uses ({python}, exit status {returncode}): {tail}</source>
        <translation>Impossible d&apos;interroger le Python qu&apos;utilise QGIS ({python}, code de sortie {returncode}) : {tail}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="594"/>
        <source>pip could not install {packages} (exit status {status}): {pip_failure}{hint} (pip&apos;s full output is in the log)</source>
        <translation>pip n&apos;a pas pu installer {packages} (code de sortie {status}) : {pip_failure}{hint} (la sortie complète de pip se trouve dans le journal)</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="297"/>
        <source>Could not start {argv}: {error}</source>
        <translation>Impossible de lancer {argv} : {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="458"/>
        <source>Could not run the Python that QGIS uses ({python}): {error}</source>
        <translation>Impossible d&apos;exécuter le Python qu&apos;utilise QGIS ({python}) : {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="312"/>
        <source>The installation was canceled; pip was stopped.</source>
        <translation>L&apos;installation a été annulée ; pip a été arrêté.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="473"/>
        <source>The {name} must be between 0 and 1, got {value}.</source>
        <translation>{name} doit être compris entre 0 et 1 ; valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="55"/>
        <source>The arguments table has {count} cells; it needs two columns, Name and Value.</source>
        <translation>La table des arguments a {count} cellules ; il lui faut deux colonnes, Nom et Valeur.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="381"/>
        <source>The model argument &apos;tile_size&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>L&apos;argument du modèle « tile_size » doit être {expected} ; valeur reçue : « {value} ».</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="399"/>
        <source>The padding must be 0 or more, got {padding}.</source>
        <translation>La marge doit valoir 0 ou plus ; valeur reçue : {padding}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="409"/>
        <source>The tile size must be larger than twice the padding: tile_size {tile_size} with padding {padding}. Lower the padding below {limit} or raise the tile size.</source>
        <translation>La taille de tuile doit être supérieure au double de la marge : tile_size {tile_size} avec padding {padding}. Réduisez la marge en dessous de {limit} ou augmentez la taille de tuile.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="417"/>
        <location filename="../core/model/arguments.py" line="462"/>
        <source>The batch size must be between 1 and {max_batch_size}, got {batch_size}.</source>
        <translation>La taille de lot doit être comprise entre 1 et {max_batch_size} ; valeur reçue : {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="429"/>
        <source>The model takes tiles of {width} x {height} pixels (width x height) but tile_size is {tile_size}. Set tile_size to {wanted}.</source>
        <translation>Le modèle prend des tuiles de {width} x {height} pixels (largeur x hauteur) mais tile_size vaut {tile_size}. Indiquez tile_size à {wanted}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="468"/>
        <source>The score_threshold must be between 0 and 1, got {score_threshold}.</source>
        <translation>score_threshold doit être compris entre 0 et 1 ; valeur reçue : {score_threshold}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="472"/>
        <source>The threshold must be between 0 and 1, got {value}.</source>
        <translation>Le seuil doit être compris entre 0 et 1 ; valeur reçue : {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="72"/>
        <source>Each model argument must be a (name, value) pair, got {item!r}.</source>
        <translation>Chaque argument du modèle doit être une paire (nom, valeur) ; reçu : {item!r}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="184"/>
        <source>The model argument value &apos;{value}&apos; has no name. Name it or remove the row.</source>
        <translation>La valeur d&apos;argument du modèle « {value} » n&apos;a pas de nom. Nommez-la ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="190"/>
        <source>Unknown model argument &apos;{name}&apos;. The known arguments are: {known}.</source>
        <translation>Argument du modèle inconnu « {name} ». Les arguments connus sont : {known}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="196"/>
        <source>The model argument &apos;{name}&apos; is given twice. Keep one row.</source>
        <translation>L&apos;argument du modèle « {name} » est indiqué deux fois. Gardez une seule ligne.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="202"/>
        <source>The model argument &apos;{name}&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>L&apos;argument du modèle « {name} » doit être {expected} ; valeur reçue : « {value} ».</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="348"/>
        <source>A model argument has a value of the wrong type: {error}.</source>
        <translation>Un argument du modèle a une valeur de type incorrect : {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="402"/>
        <source>The tile size must be between 1 and {max_tile_size}, got {shown}.</source>
        <translation>La taille de tuile doit être comprise entre 1 et {max_tile_size} ; valeur reçue : {shown}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="451"/>
        <source>The merge_policy must be one of {merge_policies}, got &apos;{merge_policy}&apos;.</source>
        <translation>merge_policy doit être l&apos;une des valeurs {merge_policies} ; valeur reçue : « {merge_policy} ».</translation>
    </message>
    <message>
        <location filename="../core/model/definition_fields.py" line="185"/>
        <source>In {where}, {key} has the invalid value {value}: it must be {expected}. Correct {key} and load the model again.</source>
        <translation>Dans {where}, {key} a la valeur invalide {value} : elle doit être {expected}. Corrigez {key} et chargez de nouveau le modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="115"/>
        <source>The deep learning package &apos;{name}&apos; holds no ONNX model (.onnx), only its model file &apos;{model_file}&apos;: this plugin runs ONNX models. Export the model to ONNX (for example with torch.onnx.export) and package that.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » ne contient aucun modèle ONNX (.onnx), seulement son fichier de modèle « {model_file} » : cette extension exécute des modèles ONNX. Exportez le modèle en ONNX (par exemple avec torch.onnx.export) et empaquetez celui-ci.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="255"/>
        <source>The deep learning package &apos;{name}&apos; is unsafe: its entry &apos;{entry}&apos; {why}. Refusing to extract it; only use packages from a trusted source.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » n&apos;est pas sûr : son entrée « {entry} » {why}. Extraction refusée ; n&apos;utilisez que des paquets de source fiable.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="62"/>
        <source>The deep learning package &apos;{path}&apos; does not exist or is not a file. Choose an existing .dlpk file.</source>
        <translation>Le paquet d&apos;apprentissage profond « {path} » n&apos;existe pas ou n&apos;est pas un fichier. Choisissez un fichier .dlpk existant.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="198"/>
        <source>The deep learning package &apos;{name}&apos; has {count} entries, more than the {max_entries} accepted. It is not a model package; check the file.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » a {count} entrées, plus que les {max_entries} acceptées. Ce n&apos;est pas un paquet de modèle ; vérifiez le fichier.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="274"/>
        <source>The deep learning package &apos;{name}&apos; holds no .emd model definition. A .dlpk must contain &apos;&lt;name&gt;.emd&apos; next to the model file.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » ne contient aucune définition de modèle .emd. Un .dlpk doit contenir « &lt;name&gt;.emd » à côté du fichier du modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="282"/>
        <source>The deep learning package &apos;{name}&apos; holds several .emd files at the same level ({shallowest}), so the model to use is ambiguous. Keep only one.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » contient plusieurs fichiers .emd au même niveau ({shallowest}) : le modèle à utiliser est donc ambigu. N&apos;en gardez qu&apos;un.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="70"/>
        <source>The deep learning package &apos;{name}&apos; is not a valid zip archive ({error}). The file may be truncated or corrupt: download or export it again.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » n&apos;est pas une archive zip valide ({error}). Le fichier est peut-être tronqué ou corrompu : téléchargez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="212"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it: check the file.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » se décompresse en plus de {max_total_size} octets (limite atteinte à l&apos;entrée « {filename} »). Extraction refusée : vérifiez le fichier.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="223"/>
        <source>The deep learning package &apos;{name}&apos; holds the entry &apos;{filename}&apos; twice (also as &apos;{first_entry}&apos;). Re-create the package from its folder.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » contient deux fois l&apos;entrée « {filename} » (aussi sous la forme « {first_entry} »). Recréez le paquet à partir de son dossier.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="298"/>
        <source>Cannot read the deep learning package &apos;{path}&apos;: {error}.</source>
        <translation>Impossible de lire le paquet d&apos;apprentissage profond « {path} » : {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="317"/>
        <source>Cannot create the package cache folder &apos;{parent}&apos;: {error}. Check that the folder is writable.</source>
        <translation>Impossible de créer le dossier de cache des paquets « {parent} » : {error}. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="342"/>
        <source>Cannot extract the deep learning package &apos;{name}&apos;: {error}. The file may be truncated, corrupt or encrypted: download or export it again.</source>
        <translation>Impossible d&apos;extraire le paquet d&apos;apprentissage profond « {name} » : {error}. Le fichier est peut-être tronqué, corrompu ou chiffré : téléchargez-le ou exportez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="363"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » se décompresse en plus de {max_total_size} octets (limite atteinte à l&apos;entrée « {filename} »). Extraction refusée.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="91"/>
        <source>The GPU id must be 0 or more, got {gpu_id}. Use 0 for the first GPU.</source>
        <translation>L&apos;identifiant du GPU doit valoir 0 ou plus ; valeur reçue : {gpu_id}. Utilisez 0 pour le premier GPU.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="102"/>
        <source>No GPU execution provider is available in the installed onnxruntime (it offers: {listed}). Install onnxruntime-gpu for an NVIDIA GPU (or onnxruntime-directml on Windows) in place of onnxruntime, or choose the CPU processor.</source>
        <translation>Aucun fournisseur d&apos;exécution GPU n&apos;est disponible dans l&apos;onnxruntime installé (il propose : {listed}). Installez onnxruntime-gpu pour un GPU NVIDIA (ou onnxruntime-directml sous Windows) à la place d&apos;onnxruntime, ou choisissez le processeur CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="733"/>
        <source>In {where}, {key} = {value} does not fit the model &apos;{name}&apos;: {why}. Set {key} to {fix} or remove it.</source>
        <translation>Dans {where}, {key} = {value} ne correspond pas au modèle « {name} » : {why}. Donnez à {key} la valeur {fix} ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="132"/>
        <source>No model definition was given. Choose an .emd, .dlpk or .onnx file, or paste the JSON.</source>
        <translation>Aucune définition de modèle n&apos;a été indiquée. Choisissez un fichier .emd, .dlpk ou .onnx, ou collez le JSON.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="137"/>
        <source>The model definition &apos;{path}&apos; does not exist or is not a file. Choose an existing .emd, .dlpk or .onnx file.</source>
        <translation>La définition de modèle « {path} » n&apos;existe pas ou n&apos;est pas un fichier. Choisissez un fichier .emd, .dlpk ou .onnx existant.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="159"/>
        <source>The deep learning package &apos;{name}&apos; holds no usable .emd file.</source>
        <translation>Le paquet d&apos;apprentissage profond « {name} » ne contient aucun fichier .emd utilisable.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="192"/>
        <source>In {where}, ModelFile &apos;{printable}&apos; points outside the package (to &apos;{target}&apos;): a package may only use the files it contains. Put the model file in the package.</source>
        <translation>Dans {where}, ModelFile « {printable} » pointe hors du paquet (vers « {target} ») : un paquet ne peut utiliser que les fichiers qu&apos;il contient. Placez le fichier du modèle dans le paquet.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="203"/>
        <source>{where} must be a JSON object ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), not a JSON {json_type}.</source>
        <translation>{where} doit être un objet JSON ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), pas un {json_type} JSON.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="483"/>
        <source>In {where}, NormalizationStats lacks {missing}: it needs band_min_values and band_max_values, and either both or neither of scaled_mean_values and scaled_std_values. Complete NormalizationStats or remove it.</source>
        <translation>Dans {where}, il manque {missing} à NormalizationStats : il lui faut band_min_values et band_max_values, et soit à la fois scaled_mean_values et scaled_std_values, soit aucun des deux. Complétez NormalizationStats ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="503"/>
        <source>In {where}, NormalizationStats.scaled_std_values {std} holds a value &lt;= 0. Standard deviations must be positive: correct them.</source>
        <translation>Dans {where}, NormalizationStats.scaled_std_values {std} contient une valeur &lt;= 0. Les écarts-types doivent être positifs : corrigez-les.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="582"/>
        <source>{where} has no ModelType. Add &quot;ModelType&quot; with one of: {known_types}.</source>
        <translation>{where} n&apos;a pas de ModelType. Ajoutez &quot;ModelType&quot; avec l&apos;une des valeurs : {known_types}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="618"/>
        <source>In {where}, {key} is &apos;{printable}&apos;: this plugin runs models trained with arcgis.learn&apos;s PyTorch backend only (a TensorFlow model took channels-last input with other preprocessing, and arcgis.learn dropped that backend in 2.4.2). Retrain with backend=&apos;pytorch&apos;, or set {key} to &quot;pytorch&quot; if the ONNX model takes channels-first (NCHW) input prepared as arcgis.learn prepares it for PyTorch.</source>
        <translation>Dans {where}, {key} vaut « {printable} » : cette extension n&apos;exécute que des modèles entraînés avec le backend PyTorch d&apos;arcgis.learn (un modèle TensorFlow prenait une entrée channels-last avec un autre prétraitement, et arcgis.learn a abandonné ce backend dans la version 2.4.2). Réentraînez avec backend=&apos;pytorch&apos;, ou donnez à {key} la valeur &quot;pytorch&quot; si le modèle ONNX prend une entrée channels-first (NCHW) préparée comme arcgis.learn la prépare pour PyTorch.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="656"/>
        <source>{where} has no ModelFile. Add &quot;ModelFile&quot;: the path of the .onnx model, relative to the definition&apos;s folder or absolute.</source>
        <translation>{where} n&apos;a pas de ModelFile. Ajoutez &quot;ModelFile&quot; : le chemin du modèle .onnx, relatif au dossier de la définition ou absolu.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="664"/>
        <source>In {where}, {key} &apos;{printable}&apos; points to &apos;{path}&apos;, which does not exist or is not a file. Put the model file there or correct ModelFile.</source>
        <translation>Dans {where}, {key} « {printable} » pointe vers « {path} », qui n&apos;existe pas ou n&apos;est pas un fichier. Placez-y le fichier du modèle ou corrigez ModelFile.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="126"/>
        <source>A model definition must be a file path or a JSON text, not {name}.</source>
        <translation>Une définition de modèle doit être un chemin de fichier ou un texte JSON, pas {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="457"/>
        <source>In {where}, {entry} is {needs}: the model was trained on imagery normalised with its band statistics, but the definition has no NormalizationStats. Add the NormalizationStats arcgis.learn wrote, or a &quot;DataRange&quot;: [min, max] that scales the bands as in training.</source>
        <translation>Dans {where}, {entry} vaut {needs} : le modèle a été entraîné sur une imagerie normalisée avec ses statistiques de bandes, mais la définition n&apos;a pas de NormalizationStats. Ajoutez les NormalizationStats écrites par arcgis.learn, ou un &quot;DataRange&quot;: [min, max] qui met les bandes à l&apos;échelle comme à l&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="493"/>
        <source>In {where}, NormalizationStats gives band {bands} a band_max_values ({highs}) not above its band_min_values ({lows}), which would divide by zero. Correct the band statistics.</source>
        <translation>Dans {where}, NormalizationStats donne à la bande {bands} une valeur band_max_values ({highs}) qui n&apos;est pas supérieure à sa valeur band_min_values ({lows}), ce qui diviserait par zéro. Corrigez les statistiques des bandes.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="675"/>
        <source>In {where}, {key} &apos;{printable}&apos; cannot be used. {error}</source>
        <translation>Dans {where}, {key} « {printable} » ne peut pas être utilisé. {error}</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="768"/>
        <source>{where} is not valid JSON: {error} at line {line}, column {column}. Fix the syntax (quotes, commas, brackets) there.</source>
        <translation>{where} n&apos;est pas un JSON valide : {error} à la ligne {line}, colonne {column}. Corrigez la syntaxe (guillemets, virgules, crochets) à cet endroit.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="777"/>
        <source>{where} is not usable JSON: {error}.</source>
        <translation>{where} n&apos;est pas un JSON utilisable : {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="786"/>
        <source>Cannot read the model definition &apos;{path}&apos;: {error}.</source>
        <translation>Impossible de lire la définition de modèle « {path} » : {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="88"/>
        <source>The model file &apos;{path}&apos; is a folder, not an ONNX model. Choose the .onnx file itself.</source>
        <translation>Le fichier du modèle « {path} » est un dossier, pas un modèle ONNX. Choisissez le fichier .onnx lui-même.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="99"/>
        <source>The model file &apos;{name}&apos; is empty, so it is not an ONNX model. Export the model to ONNX again.</source>
        <translation>Le fichier du modèle « {name} » est vide : ce n&apos;est donc pas un modèle ONNX. Exportez de nouveau le modèle en ONNX.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="104"/>
        <source>The model file &apos;{name}&apos; is a PyTorch checkpoint (a zip archive saved by torch.save), not an ONNX model. Export it to ONNX with torch.onnx.export and point ModelFile at the .onnx file (a .dlpk package must be given as the model itself, not as its ModelFile).</source>
        <translation>Le fichier du modèle « {name} » est un checkpoint PyTorch (une archive zip enregistrée par torch.save), pas un modèle ONNX. Exportez-le en ONNX avec torch.onnx.export et faites pointer ModelFile vers le fichier .onnx (un paquet .dlpk doit être indiqué comme le modèle lui-même, pas comme son ModelFile).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="111"/>
        <source>The model file &apos;{name}&apos; is a Python pickle (e.g. an old PyTorch checkpoint), not an ONNX model. Export it to ONNX with torch.onnx.export.</source>
        <translation>Le fichier du modèle « {name} » est un pickle Python (par exemple un ancien checkpoint PyTorch), pas un modèle ONNX. Exportez-le en ONNX avec torch.onnx.export.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="117"/>
        <source>The model file &apos;{name}&apos; is an HDF5 file (e.g. a Keras model), not an ONNX model. Convert it to ONNX (for example with tf2onnx).</source>
        <translation>Le fichier du modèle « {name} » est un fichier HDF5 (par exemple un modèle Keras), pas un modèle ONNX. Convertissez-le en ONNX (par exemple avec tf2onnx).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="123"/>
        <source>The model file &apos;{name}&apos; is not an ONNX model (it does not start like one). Choose a .onnx file exported from your training framework.</source>
        <translation>Le fichier du modèle « {name} » n&apos;est pas un modèle ONNX (il ne commence pas comme tel). Choisissez un fichier .onnx exporté depuis votre framework d&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="153"/>
        <source>The ONNX model &apos;{name}&apos; has no input, so it cannot take an image.</source>
        <translation>Le modèle ONNX « {name} » n&apos;a aucune entrée : il ne peut donc pas prendre d&apos;image.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="95"/>
        <source>Cannot read the model file &apos;{path}&apos;: {error}.</source>
        <translation>Impossible de lire le fichier du modèle « {path} » : {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="146"/>
        <source>onnxruntime cannot load the model file &apos;{name}&apos;: {reason}. Check that it is a complete ONNX file supported by this onnxruntime version.</source>
        <translation>onnxruntime ne peut pas charger le fichier du modèle « {name} » : {reason}. Vérifiez qu&apos;il s&apos;agit d&apos;un fichier ONNX complet pris en charge par cette version d&apos;onnxruntime.</translation>
    </message>
    <message>
        <location filename="../core/model/output_selection.py" line="37"/>
        <source>The model argument output_index is {index!r} but the model has {count} output{plural} (0 to {last}). Choose one of them.</source>
        <translation>L&apos;argument du modèle output_index vaut {index!r} mais le modèle a {count} sortie{plural} (de 0 à {last}). Choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="39"/>
        <source>The model wants bands {wanted} (1-based) but the raster has {count} bands. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>Le modèle demande les bandes {wanted} (numérotées à partir de 1) mais le raster a {count} bandes. Utilisez un raster ayant ces bandes, ou une définition de modèle dont ExtractBands (numérotées à partir de 0) correspond à ce raster.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="71"/>
        <source>The model input takes {shape} bands but the model definition extracts {count} ({bands}, 0-based). Fix ExtractBands in the model definition.</source>
        <translation>L&apos;entrée du modèle prend {shape} bandes mais la définition du modèle en extrait {count} ({bands}, numérotées à partir de 0). Corrigez ExtractBands dans la définition du modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="82"/>
        <source>The tile size must be positive, got {height} x {width} pixels.</source>
        <translation>La taille de tuile doit être positive ; valeur reçue : {height} x {width} pixels.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="91"/>
        <source>The model takes tiles of {model_height} x {model_width} pixels but the tile size is {height} x {width}. Set tile_size to {size}, the model&apos;s size.</source>
        <translation>Le modèle prend des tuiles de {model_height} x {model_width} pixels mais la taille de tuile est de {height} x {width}. Indiquez tile_size à {size}, la taille du modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="109"/>
        <source>The normalisation {what} has {value_count} values but the model reads {count} bands. Give one value per extracted band in the model definition.</source>
        <translation>Le paramètre de normalisation {what} a {value_count} valeurs mais le modèle lit {count} bandes. Donnez une valeur par bande extraite dans la définition du modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="164"/>
        <source>Chips must be shaped (samples, bands, height, width); got shape {shape}.</source>
        <translation>Les imagettes doivent avoir la forme (échantillons, bandes, hauteur, largeur) ; forme reçue : {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="34"/>
        <source>The model wants bands {wanted} (1-based) but the raster has 1 band. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>Le modèle demande les bandes {wanted} (numérotées à partir de 1) mais le raster a 1 bande. Utilisez un raster ayant ces bandes, ou une définition de modèle dont ExtractBands (numérotées à partir de 0) correspond à ce raster.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="172"/>
        <source>The model input type &apos;{dtype}&apos; is not a numpy data type.</source>
        <translation>Le type d&apos;entrée du modèle « {dtype} » n&apos;est pas un type de données numpy.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="147"/>
        <source>onnxruntime cannot load the model {name}: {error}. Check that the file is a complete ONNX model that this onnxruntime version supports.</source>
        <translation>onnxruntime ne peut pas charger le modèle {name} : {error}. Vérifiez que le fichier est un modèle ONNX complet que cette version d&apos;onnxruntime prend en charge.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="76"/>
        <source>The model file {model_file} does not exist. Check the ModelFile path of the model definition (it is relative to the .emd file&apos;s folder).</source>
        <translation>Le fichier du modèle {model_file} n&apos;existe pas. Vérifiez le chemin ModelFile de la définition du modèle (il est relatif au dossier du fichier .emd).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="91"/>
        <source>The thread count must be 0 (automatic) or more, got {threads}.</source>
        <translation>Le nombre de threads doit valoir 0 (automatique) ou plus ; valeur reçue : {threads}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="96"/>
        <source>Unknown graph optimization level &apos;{optimization}&apos;: use one of {optimization_levels}.</source>
        <translation>Niveau d&apos;optimisation du graphe « {optimization} » inconnu : utilisez l&apos;une des valeurs {optimization_levels}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="124"/>
        <source>The model {name} loads on CPU but the GPU provider ({names}) failed: {error}. Check the GPU driver and CUDA/cuDNN installation, or choose the CPU processor.</source>
        <translation>Le modèle {name} se charge sur le CPU mais le fournisseur GPU ({names}) a échoué : {error}. Vérifiez le pilote du GPU et l&apos;installation de CUDA/cuDNN, ou choisissez le processeur CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="201"/>
        <source>No samples to run: the batch is empty.</source>
        <translation>Aucun échantillon à traiter : le lot est vide.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="203"/>
        <source>The model input &apos;{name}&apos; has {dims} dimensions {model_shape} but the data has {ndim} {data_shape}.</source>
        <translation>L&apos;entrée du modèle « {name} » a {dims} dimensions {model_shape} mais les données en ont {ndim} {data_shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="306"/>
        <source>The batch size must be 1 or more, got {batch_size}.</source>
        <translation>La taille de lot doit valoir 1 ou plus ; valeur reçue : {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="214"/>
        <source>The model input &apos;{name}&apos; is {model_shape} but the data is {data_shape} (dimension {axis} differs). Set the tile size and bands to what the model takes.</source>
        <translation>L&apos;entrée du modèle « {name} » est {model_shape} mais les données sont {data_shape} (la dimension {axis} diffère). Réglez la taille de tuile et les bandes sur ce que prend le modèle.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="229"/>
        <source>Running the model {name} on {provider} failed: {error}</source>
        <translation>L&apos;exécution du modèle {name} sur {provider} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="273"/>
        <source>The model {name} returned {bad} NaN or infinite values in its output &apos;{output}&apos; (of {size}): its results cannot be trusted, so nothing was written. Check the model and its normalisation (a division by zero, or input values far outside those it was trained on).</source>
        <translation>Le modèle {name} a renvoyé {bad} valeurs NaN ou infinies dans sa sortie « {output} » (sur {size}) : ses résultats ne sont pas fiables, rien n&apos;a donc été écrit. Vérifiez le modèle et sa normalisation (une division par zéro, ou des valeurs d&apos;entrée très éloignées de celles sur lesquelles il a été entraîné).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="339"/>
        <source>The model output &apos;{name}&apos; (shape {shape}) has no batch dimension, so its results cannot be split per sample. Run it with a batch size of 1.</source>
        <translation>La sortie du modèle « {name} » (forme {shape}) n&apos;a pas de dimension de lot : ses résultats ne peuvent donc pas être séparés par échantillon. Exécutez-le avec une taille de lot de 1.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="287"/>
        <source>{cause} {width:.3g} x {height:.3g} pixels ({pixels:.3g} pixels; at most {max_raster_side} on a side and {max_raster_pixels:.0e} in all): choose a larger cell size or a smaller extent.</source>
        <translation>{cause} {width:.3g} x {height:.3g} pixels ({pixels:.3g} pixels ; au plus {max_raster_side} par côté et {max_raster_pixels:.0e} au total) : choisissez une taille de cellule plus grande ou une emprise plus petite.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="304"/>
        <source>Tiles of {tile_width} x {tile_height} with a stride of {stride_x} x {stride_y} would give {count:.3g} chips (at most {max_chips:.0e}): choose a larger cell size, a larger stride or a smaller extent.</source>
        <translation>Des tuiles de {tile_width} x {tile_height} avec un pas de {stride_x} x {stride_y} donneraient {count:.3g} imagettes (au plus {max_chips:.0e}) : choisissez une taille de cellule plus grande, un pas plus grand ou une emprise plus petite.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="228"/>
        <source>The output &apos;{final}&apos; is a folder: choose a file name.</source>
        <translation>La sortie « {final} » est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="246"/>
        <source>Cannot move the output &apos;{final}&apos; in place: {value}.</source>
        <translation>Impossible de mettre en place la sortie « {final} » : {value}.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="119"/>
        <source>The output {name} &apos;{uri}&apos; is the input {input_name} &apos;{input_uri}&apos;: writing it would destroy the input. Choose another output file.</source>
        <translation>La sortie {name} « {uri} » est l&apos;entrée {input_name} « {input_uri} » : l&apos;écrire détruirait l&apos;entrée. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="129"/>
        <source>The outputs {other_name} and {name} are both &apos;{uri}&apos;: one would overwrite the other. Give each output its own file.</source>
        <translation>Les sorties {other_name} et {name} sont toutes deux « {uri} » : l&apos;une écraserait l&apos;autre. Donnez à chaque sortie son propre fichier.</translation>
    </message>
    <message>
        <location filename="../core/output/writable.py" line="21"/>
        <source>The output &apos;{path}&apos; cannot be written ({reason}). Choose a folder you can write to.</source>
        <translation>La sortie « {path} » ne peut pas être écrite ({reason}). Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (optional packages) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation type="vanished">CLUSTER &apos;{cluster}&apos; nécessite les paquets Python dask et distributed, qui ne sont pas installés : installez-les avec l&apos;outil Install Python Dependencies (paquets facultatifs) ou &apos;python3 -m pip install dask distributed&apos; dans le Python de QGIS, ou laissez CLUSTER vide pour exécuter ici.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {w} x {h} pixels and {band_count} bands.</source>
        <translation type="vanished">Le lecteur de raster a renvoyé des pixels {pixels_shape} et un masque {mask_shape} pour une fenêtre de {w} x {h} pixels et {band_count} bandes.</translation>
    </message>
    <message>
        <source>The object classification was cancelled.</source>
        <translation type="vanished">La classification d&apos;objets a été annulée.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {tile} pixels and {bands} bands.</source>
        <translation type="vanished">Le lecteur de raster a renvoyé des pixels {pixels_shape} et un masque {mask_shape} pour une fenêtre de {width} x {tile} pixels et {bands} bandes.</translation>
    </message>
    <message>
        <source>The object detection was cancelled.</source>
        <translation type="vanished">La détection d&apos;objets a été annulée.</translation>
    </message>
    <message>
        <source>The classification was cancelled.</source>
        <translation type="vanished">La classification a été annulée.</translation>
    </message>
    <message>
        <source>The model argument &apos;{name}&apos; is missing.</source>
        <translation type="vanished">L&apos;argument du modèle « {name} » est absent.</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Apprentissage profond raster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106"/>
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
