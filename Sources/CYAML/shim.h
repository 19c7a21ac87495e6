#ifndef INFLUENCE_CYAML_SHIM_H
#define INFLUENCE_CYAML_SHIM_H

// libyaml's event API (libyaml-dev): the content loader reads YAML through it.
#include <yaml.h>

#endif
