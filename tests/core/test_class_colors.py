"""Generated class colours: every class gets one, distinct from the others; model colours are kept."""

from rasterdl.core.output.class_colors import generated_color, with_colors


def test_classes_without_colours_get_distinct_visible_ones():
    rows = with_colors([(k, f"Class {k}", None) for k in range(12)])
    colors = [color for _value, _name, color in rows]
    assert len(set(colors)) == 12
    for r, g, b in colors:
        assert 0 <= min(r, g, b) and max(r, g, b) <= 255
        assert max(r, g, b) - min(r, g, b) > 40, "a generated colour must not be grey"


def test_model_colours_are_kept_and_never_reused():
    taken = generated_color(0)
    rows = with_colors([(0, "Water", taken), (3, "Trees", None), (9, "Roads", (1, 2, 3))])
    assert rows[0] == (0, "Water", taken)
    assert rows[2] == (9, "Roads", (1, 2, 3))
    assert rows[1][2] not in (taken, (1, 2, 3))
    assert rows[1][:2] == (3, "Trees")
