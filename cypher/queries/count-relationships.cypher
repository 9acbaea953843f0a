// All relationships, from the count store (constant time): the loader asks whether the store is
// empty, because statements planned on an empty store need static relationship types.
MATCH ()-[r]->()
RETURN count(r) AS count
